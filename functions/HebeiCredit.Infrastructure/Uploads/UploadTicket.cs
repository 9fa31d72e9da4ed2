namespace HebeiCredit.Infrastructure.Uploads;

/// <summary>An upload as its trigger names it, before it is read.</summary>
/// <param name="Name">The blob's name inside the inbox container.</param>
/// <param name="File">The file name its reports and errors cite.</param>
/// <param name="Destination">Where it settles in archive/ or rejected/, from its delivery date (China time).</param>
/// <param name="PathError">Why the name itself is wrong (Chinese), which rejects the upload unread.</param>
public sealed record UploadTicket(string Name, string File, Func<DateOnly, string> Destination, string? PathError = null);
