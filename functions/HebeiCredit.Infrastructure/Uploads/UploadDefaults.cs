namespace HebeiCredit.Infrastructure.Uploads;

/// <summary>The defaults of <see cref="UploadOptions"/> and of the readers, in one place.</summary>
public static class UploadDefaults
{
    public const string Section = "Uploads";

    /// <summary>1 GiB: the largest upload accepted at all.</summary>
    public const long MaxUploadBytes = 1L << 30;

    /// <summary>1 GiB: the most an .xlsx may expand to.</summary>
    public const long MaxExpandedBytes = 1L << 30;

    /// <summary>How many problems a rejection report lists before it says how many more there are.</summary>
    public const int MaxReportedErrors = 1000;

    /// <summary>The delivery that parks an upload in rejected/poison/ instead of processing it again; infra/ gives Event Grid the same count.</summary>
    public const int MaxAttempts = 5;
}
