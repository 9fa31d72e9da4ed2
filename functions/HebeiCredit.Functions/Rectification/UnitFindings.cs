using HebeiCredit.Functions.Http;
using HebeiCredit.Infrastructure.Rectification;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Http;

namespace HebeiCredit.Functions.Rectification;

/// <summary>GET /api/units/{unit}/findings. Anonymous at the host: each unit authenticates with its own key (X-Unit-Key).</summary>
public sealed class UnitFindings(CityFindingsService service)
{
    public const string Route = "units/{unit}/findings";

    [Function(nameof(UnitFindings))]
    public async Task<HttpResponseData> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Route)] HttpRequestData request, string unit, CancellationToken cancellationToken) =>
        await ApiHttp.WriteAsync(request, await service.ListAsync(ApiHttp.Key(request), unit, cancellationToken), cancellationToken);
}
