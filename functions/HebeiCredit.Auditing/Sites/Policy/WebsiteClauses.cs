using HebeiCredit.Auditing.Findings;

namespace HebeiCredit.Auditing.Sites.Policy;

/// <summary>The documents and clauses the WEB-* rules apply, so a city that disputes a finding can be shown the rule.</summary>
public static class WebsiteClauses
{
    public const string InspectionIndicators = "国办秘函〔2019〕19号《政府网站与政务新媒体检查指标》";

    public const string HebeiActionPlan = "河北省社会信用体系建设领导小组《关于进一步提升全省信用状况的行动方案》（2021）";

    public static PolicyClause Unreachable(string version) => new(InspectionIndicators,
        "单项否决指标“站点无法访问”：监测1周，每天监测20次以上，页面15秒内无法打开的次数累计达到总监测次数的5%", version);

    public static PolicyClause Slow(string version) => new(InspectionIndicators,
        "扣分指标“网站可用性”之首页可用性（打开速度阈值为本系统默认值，未经确认）", version);

    public static PolicyClause HomeStale(string version) => new(InspectionIndicators,
        "单项否决指标“网站不更新”：监测时间点前2周内首页无更新（无发布日期的信息视为未更新）", version);

    public static PolicyClause ColumnStale(string version) => new(InspectionIndicators,
        "单项否决指标“栏目不更新”：动态、要闻类栏目2周未更新，通知公告、政策文件类栏目6个月以上未更新", version);

    public static PolicyClause ColumnBlank(string version) => new(InspectionIndicators,
        "单项否决指标“栏目不更新”：空白栏目（有栏目无内容）", version);

    public static PolicyClause ColumnBroken(string version) => new(InspectionIndicators,
        "扣分指标“网站可用性”之链接可用性：不可用链接", version);

    public static PolicyClause ColumnMissing(string version) => new(HebeiActionPlan,
        "信用网站正常访问、重点栏目设置和栏目及时更新", version);

    public static PolicyClause RepairGuideMissing(string version) => new(HebeiActionPlan,
        "开设信用修复栏目，公开信用修复流程、所需材料和申请方式", version);
}
