namespace HebeiCredit.Infrastructure.Storage;

public enum RectificationOutcome
{
    Reported,
    NotFound,
    AlreadyFixed,
}
