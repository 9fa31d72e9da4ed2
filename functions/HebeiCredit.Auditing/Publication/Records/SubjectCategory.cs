namespace HebeiCredit.Auditing.Publication.Records;

/// <summary>行政相对人类别 of the 790号 standard.</summary>
public enum SubjectCategory
{
    /// <summary>Not stated, and not to be told from the codes given.</summary>
    Unknown,

    /// <summary>法人及非法人组织: needs its 统一社会信用代码.</summary>
    Organization,

    /// <summary>自然人: identified by 证件类型 and 证件号码.</summary>
    NaturalPerson,

    /// <summary>个体工商户: a 统一社会信用代码 when it has one, else the operator's ID number.</summary>
    IndividualBusiness,
}
