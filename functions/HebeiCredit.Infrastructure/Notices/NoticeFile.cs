namespace HebeiCredit.Infrastructure.Notices;

/// <summary>One written notice file: its name in the period's folder, its blob name in container notices, and its bytes.</summary>
public sealed record NoticeFile(string Name, string BlobName, string ContentType, byte[] Content);
