using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using HebeiCredit.Auditing.Notices;

namespace HebeiCredit.Infrastructure.Notices;

/// <summary>The notice model as JSON, for other systems and for the next period's re-inspection and trend.</summary>
public static class NoticeJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        WriteIndented = true,
        // Chinese stays readable; the JSON is served as application/json, never pasted into HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static byte[] Write(NoticeModel model) => JsonSerializer.SerializeToUtf8Bytes(model, Options);

    public static NoticeModel Read(BinaryData json) =>
        json.ToObjectFromJson<NoticeModel>(Options) ?? throw new InvalidDataException("notice.json is empty.");
}
