using HebeiCredit.Auditing.Findings;

namespace HebeiCredit.Auditing.Publication;

/// <summary>
/// The documents and clauses the PUB-* rules apply, beyond the reporting periods (those are policy data,
/// see <see cref="Policies.DeadlinePolicy"/>).
/// </summary>
public static class PublicationClauses
{
    public const string DataStandard = "发改办财金〔2018〕790号（“双公示”数据标准）";

    public const string HebeiActionPlan = "河北省社会信用体系建设领导小组《关于进一步提升全省信用状况的行动方案》（2021）";

    public static PolicyClause Field(string field) => new(DataStandard, $"数据项“{field}”（2019年1月1日起施行）");

    public static PolicyClause CreditCode { get; } = new("GB 32100-2015《法人和其他组织统一社会信用代码编码规则》", "代码结构及校验码");

    public static PolicyClause IdentityNumber { get; } = new("GB 11643-1999《公民身份号码》", "出生日期码及校验码");

    public static PolicyClause Concealed { get; } = new(HebeiActionPlan, "行政许可、行政处罚信息全量报送省平台，瞒报率为零");

    public static PolicyClause Duplicate { get; } = new(HebeiActionPlan, "减少因错误、遗漏、重复公示、不应公示、超期公示等引起的有效异议");
}
