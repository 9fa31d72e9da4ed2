using System.Net;
using System.Text.Json;
using HebeiCredit.Infrastructure.Storage;

namespace HebeiCredit.Infrastructure.Http;

/// <summary>What an HTTP function answers: a status code and a JSON body, worked out by a service and written as is.</summary>
public sealed record ApiResponse(HttpStatusCode StatusCode, string Json)
{
    public const string ContentType = "application/json; charset=utf-8";

    public static ApiResponse Of(HttpStatusCode status, object body) => new(status, JsonSerializer.Serialize(body, StorageJson.Options));

    public static ApiResponse Error(HttpStatusCode status, string message, IReadOnlyList<string>? details = null) =>
        Of(status, details is null ? new { error = message } : new { error = message, errors = details });
}
