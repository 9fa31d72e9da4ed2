namespace HebeiCredit.Simulation.Portals;

/// <summary>The key columns a simulated portal carries, with the ids of the auditor's column catalog and realistic slugs.</summary>
internal static class PortalCatalog
{
    public static readonly (string Id, string Name, string Slug, string[] Topics)[] Columns =
    [
        ("credit-news", "信用动态", "xydt", ["召开社会信用体系建设领导小组会议", "开展“诚信建设万里行”主题活动", "推进信用承诺制落地见效", "部署城市信用监测预警整改"]),
        ("policy", "政策法规", "zcfg", ["关于加快推进社会信用体系建设的实施意见", "政策解读：信用修复管理办法", "关于进一步完善失信约束制度的通知", "公共信用信息管理办法"]),
        ("double-publicity", "双公示", "sgs", ["行政许可信息公示", "行政处罚信息公示", "双公示数据更新情况", "行政许可和行政处罚信息报送"]),
        ("commitment", "信用承诺", "xycn", ["信用承诺书公示", "告知承诺制事项清单", "主体信用承诺履约情况", "信用承诺书（格式文本）"]),
        ("repair", "信用修复", "xyxf", ["信用修复流程", "信用修复申请材料清单", "信用修复申请方式及办理渠道", "信用修复工作动态"]),
        ("objection", "异议申诉", "yyss", ["异议申诉办理流程", "信用信息异议处理情况", "异议申请表下载", "异议处理工作动态"]),
        ("integrity-promotion", "诚信宣传", "cxxc", ["诚信宣传进社区", "“诚信兴商宣传月”活动", "诚信典型案例宣传", "诚信文化主题讲座"]),
        ("red-black-list", "红黑名单", "hhmd", ["守信激励对象名单", "失信联合惩戒对象名单", "严重失信主体名单公示", "信用红名单公示"]),
        ("credit-loans", "信易贷", "xyd", ["“信易贷”平台入驻金融机构", "信易贷授信情况通报", "信易贷产品发布", "中小微企业融资对接会"]),
        ("credit-query", "信用查询", "xycx", ["信用报告查询指南", "公共信用信息报告下载说明", "信用查询服务公告", "信用报告替代证明说明"]),
    ];

    /// <summary>What a portal calls a column when a defect names it by a synonym only.</summary>
    public static readonly Dictionary<string, string> Synonyms = new()
    {
        ["double-publicity"] = "信用公示",
        ["objection"] = "异议处理",
        ["repair"] = "信用修复",
    };
}
