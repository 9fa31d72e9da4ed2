using Azure;

namespace HebeiCredit.Infrastructure.Uploads;

/// <summary>An upload as it sits in the inbox container.</summary>
/// <param name="Name">The blob name inside inbox/: {kind}/{unit}/{file}.</param>
/// <param name="UploadId">The content MD5 in hex when the service computed one, else the ETag: the same bytes
/// delivered again under the same name are recognised as already handled.</param>
/// <param name="Delivered">The China date the blob was created: the date folder of its archive/ or rejected/ copy,
/// the same on every retry.</param>
public sealed record InboxUpload(string Name, ETag ETag, string UploadId, DateOnly Delivered, long Length);
