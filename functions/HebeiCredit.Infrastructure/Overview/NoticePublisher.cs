using System.Globalization;
using System.Net;
using HebeiCredit.Auditing.Notices;
using HebeiCredit.Auditing.Sites;
using HebeiCredit.Auditing.Time;
using HebeiCredit.Infrastructure.Http;
using HebeiCredit.Infrastructure.Notices;
using HebeiCredit.Infrastructure.Storage;

namespace HebeiCredit.Infrastructure.Overview;

/// <summary>
/// Builds a period's notices and then the overview site, for the BuildNotices timer and the on-demand HTTP function.
/// </summary>
public sealed class NoticePublisher(NoticeService notices, OverviewService overview, TimeProvider clock)
{
    /// <summary>
    /// The monthly period whose cut-off (the 20th, China Standard Time) has most recently ended: this month from the
    /// 21st on, the month before until then. The timer runs after the 20th ends (%NoticeSchedule%, UTC).
    /// </summary>
    public static NoticePeriod DuePeriod(DateOnly today)
    {
        var month = today.Day > NoticePeriod.MonthlyCutOffDay ? today : today.AddMonths(-1);
        return NoticePeriod.OfMonth(month.Year, month.Month);
    }

    public async Task<NoticeBuild> PublishAsync(NoticePeriod period, CancellationToken cancellationToken)
    {
        var build = await notices.BuildAsync(period, cancellationToken);
        await overview.BuildAsync(cancellationToken);
        return build;
    }

    /// <summary>The timer's run: the due monthly period.</summary>
    public Task<NoticeBuild> PublishDueAsync(CancellationToken cancellationToken) =>
        PublishAsync(DuePeriod(ChinaTime.Today(clock)), cancellationToken);

    /// <summary>POST /api/notices/{period}[?cutoff=yyyy-MM-dd]: a monthly period ("2026-11") or an ad-hoc one with its cut-off.</summary>
    public async Task<ApiResponse> PublishRequestedAsync(string period, string? cutOff, CancellationToken cancellationToken)
    {
        NoticePeriod target;
        try
        {
            DateOnly? day = string.IsNullOrWhiteSpace(cutOff) ? null
                : DateOnly.TryParseExact(cutOff, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed) ? parsed
                : throw new ArgumentException($"截止日期“{cutOff}”无效：应写作 yyyy-MM-dd，如 2026-11-20。");
            target = NoticePeriod.Parse(period, day);
        }
        catch (ArgumentException e)
        {
            return ApiResponse.Error(HttpStatusCode.BadRequest, e.Message.Split(" (Parameter")[0]);
        }

        NoticeBuild build;
        try
        {
            build = await PublishAsync(target, cancellationToken);
        }
        catch (SiteRegistryException e)
        {
            return ApiResponse.Error(HttpStatusCode.Conflict, $"站点登记表 {e.File} 有误，未生成通报。", e.Errors);
        }

        return ApiResponse.Of(HttpStatusCode.OK, new
        {
            period = target.Id,
            title = build.Model.Title,
            units = build.Model.Units.Count,
            openFindings = build.Model.Totals.OpenFindings,
            files = build.BlobNames.Select(name => $"{StorageNames.NoticesContainer}/{name}"),
            overview = $"{StorageNames.WebContainer}/{OverviewService.IndexBlob}",
        });
    }
}
