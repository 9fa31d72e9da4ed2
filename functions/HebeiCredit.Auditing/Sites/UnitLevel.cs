namespace HebeiCredit.Auditing.Sites;

/// <summary>The administrative level of an audited unit. 定州 and 辛集 are treated like 设区市.</summary>
public enum UnitLevel
{
    /// <summary>设区市</summary>
    City,

    /// <summary>县级市</summary>
    CountyCity,

    /// <summary>新区 (雄安)</summary>
    NewArea,
}
