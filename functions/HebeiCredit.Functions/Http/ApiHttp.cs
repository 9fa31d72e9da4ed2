using HebeiCredit.Infrastructure.Http;
using HebeiCredit.Infrastructure.Rectification;
using Microsoft.Azure.Functions.Worker.Http;

namespace HebeiCredit.Functions.Http;

/// <summary>Wiring between HttpRequestData and the services: the unit key header in, the service's answer out.</summary>
internal static class ApiHttp
{
    public static string? Key(HttpRequestData request) =>
        request.Headers.TryGetValues(CityFindingsService.KeyHeader, out var values) ? values.FirstOrDefault() : null;

    public static async Task<HttpResponseData> WriteAsync(HttpRequestData request, ApiResponse answer, CancellationToken cancellationToken)
    {
        var response = request.CreateResponse(answer.StatusCode);
        response.Headers.Add("Content-Type", ApiResponse.ContentType);
        await response.WriteStringAsync(answer.Json, cancellationToken);
        return response;
    }
}
