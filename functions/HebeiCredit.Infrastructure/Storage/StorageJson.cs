using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace HebeiCredit.Infrastructure.Storage;

internal static class StorageJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        // Keep Chinese readable in messages and blobs.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
