using System.Net;
using System.Text.Json;
using HebeiCredit.Infrastructure.Storage;

namespace HebeiCredit.Infrastructure.Rectification;

/// <summary>What the city API answers: a status code and a JSON body, written as is by the HTTP function.</summary>
public sealed record CityApiResponse(HttpStatusCode StatusCode, string Json)
{
    public const string ContentType = "application/json; charset=utf-8";

    public static CityApiResponse Of(HttpStatusCode status, object body) => new(status, JsonSerializer.Serialize(body, StorageJson.Options));

    public static CityApiResponse Error(HttpStatusCode status, string message, IReadOnlyList<string>? details = null) =>
        Of(status, details is null ? new { error = message } : new { error = message, errors = details });
}
