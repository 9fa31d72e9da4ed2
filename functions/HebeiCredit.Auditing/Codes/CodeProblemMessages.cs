namespace HebeiCredit.Auditing.Codes;

/// <summary>
/// The wording of every problem, in one place. A city reads these in a notice, so they are part of the behaviour
/// and the tests assert them word for word. Characters are quoted with “”; positions are 1-based.
/// </summary>
internal static class CodeProblemMessages
{
    public const string Empty = "统一社会信用代码为空";

    public static string Length(int actual) => $"统一社会信用代码应为18位，实为{actual}位";

    public static string Character(int position, char actual) => $"第{position}位字符“{Show(actual)}”不在代码字符集中";

    public static string Authority(char actual) => $"第1位登记管理部门码“{actual}”无效";

    public static string EntityType(char actual, RegistrationAuthority authority) =>
        $"第2位机构类别码“{actual}”不属于登记管理部门“{authority.Code}”（{authority.Name}）";

    public static string Region(ReadOnlySpan<char> actual) => $"第3-8位登记管理机关行政区划码“{actual}”无效";

    public static string OrganizationCodeCheck(char expected, char actual) =>
        $"第17位组织机构代码校验码应为“{expected}”，实为“{Show(actual)}”";

    public static string CheckCharacter(char expected, char actual) => $"第18位校验码应为“{expected}”，实为“{Show(actual)}”";

    // A control character would be invisible in a notice; name it instead.
    private static string Show(char c) => char.IsControl(c) ? $"U+{(int)c:X4}" : c.ToString();
}
