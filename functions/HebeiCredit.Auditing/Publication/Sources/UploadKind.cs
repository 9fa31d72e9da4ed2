namespace HebeiCredit.Auditing.Publication.Sources;

/// <summary>What an upload holds; its blob path names it in lower case: ledgers, platform, published, sources.</summary>
public enum UploadKind
{
    Ledgers,
    Platform,
    Published,
    Sources,
}
