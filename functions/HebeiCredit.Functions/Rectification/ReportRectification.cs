using HebeiCredit.Functions.Http;
using HebeiCredit.Infrastructure.Rectification;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Http;

namespace HebeiCredit.Functions.Rectification;

/// <summary>POST /api/findings/{id}/rectification: a unit reports a fix, authenticated by its own key (X-Unit-Key).</summary>
public sealed class ReportRectification(CityFindingsService service)
{
    public const string Route = "findings/{id}/rectification";

    [Function(nameof(ReportRectification))]
    public async Task<HttpResponseData> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = Route)] HttpRequestData request, string id, CancellationToken cancellationToken) =>
        await ApiHttp.WriteAsync(request, await service.ReportAsync(ApiHttp.Key(request), id, request.Body, cancellationToken), cancellationToken);
}
