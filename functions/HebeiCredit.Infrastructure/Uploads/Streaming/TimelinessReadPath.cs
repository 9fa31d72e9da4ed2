namespace HebeiCredit.Infrastructure.Uploads.Streaming;

/// <summary>How <see cref="TimelinessFileReader"/> reads a file's rows.</summary>
public enum TimelinessReadPath
{
    /// <summary>Only the cells the counts need, from the bytes, with the production reader for what it cannot decide.</summary>
    Fast,

    /// <summary>Every row through the production reader and its row checks.</summary>
    Full,
}
