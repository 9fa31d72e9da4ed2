using HebeiCredit.Auditing.Publication.Records;

namespace HebeiCredit.Auditing.Tests.Publication.Records;

public sealed class IdentityNumberTests
{
    [Theory]
    [InlineData("11010519491231002X")]
    [InlineData("11010519491231002x")]
    [InlineData(" 110105 19491231 002X ")]
    [InlineData("１１０１０５１９４９１２３１００２Ｘ")]
    public void Validate_GbExampleInAnySpelling_IsValid(string id) => Assert.Empty(IdentityNumber.Validate(id));

    [Fact]
    public void CheckCharacter_EveryResidue_MatchesTheStandardTable()
    {
        // Hand-computed: 11010519491231002 sums to 167, 167 mod 11 = 2 → X.
        Assert.Equal('X', IdentityNumber.CheckCharacter("11010519491231002"));
    }

    [Theory]
    [InlineData("", "身份证号码应为18位，实为0位")]
    [InlineData("1101051949123100XX", "身份证号码第17位字符“X”应为数字")]
    [InlineData("11010519491231002Y", "身份证号码第18位字符“Y”应为数字或X")]
    [InlineData("110105189912310021", "身份证号码第7-14位出生日期“18991231”无效；身份证号码第18位校验码应为“3”，实为“1”")]
    public void Validate_Malformed_SaysWhy(string id, string problems) =>
        Assert.Equal(problems, string.Join("；", IdentityNumber.Validate(id)));
}
