using HebeiCredit.Functions.Http;
using HebeiCredit.Infrastructure.Overview;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Http;

namespace HebeiCredit.Functions.Notices;

/// <summary>POST /api/notices/{period}[?cutoff=yyyy-MM-dd]: builds a period on demand; needs a function key.</summary>
public sealed class BuildNoticePeriod(NoticePublisher publisher)
{
    public const string Route = "notices/{period}";

    [Function(nameof(BuildNoticePeriod))]
    public async Task<HttpResponseData> Run(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = Route)] HttpRequestData request, string period, CancellationToken cancellationToken) =>
        await ApiHttp.WriteAsync(request, await publisher.PublishRequestedAsync(period, request.Query["cutoff"], cancellationToken), cancellationToken);
}
