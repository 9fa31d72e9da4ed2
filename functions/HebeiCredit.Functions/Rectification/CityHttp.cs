using HebeiCredit.Infrastructure.Rectification;
using Microsoft.Azure.Functions.Worker.Http;

namespace HebeiCredit.Functions.Rectification;

/// <summary>Wiring between HttpRequestData and the city API service: the key header in, the service's answer out.</summary>
internal static class CityHttp
{
    public static string? Key(HttpRequestData request) =>
        request.Headers.TryGetValues(CityFindingsService.KeyHeader, out var values) ? values.FirstOrDefault() : null;

    public static async Task<HttpResponseData> WriteAsync(HttpRequestData request, CityApiResponse answer, CancellationToken cancellationToken)
    {
        var response = request.CreateResponse(answer.StatusCode);
        response.Headers.Add("Content-Type", CityApiResponse.ContentType);
        await response.WriteStringAsync(answer.Json, cancellationToken);
        return response;
    }
}
