using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using HebeiCredit.Auditing.Codes;

namespace HebeiCredit.Auditing.Tests.Codes;

public sealed class UnifiedSocialCreditCodeTests
{
    // Check-character weights 3^(i-1) mod 31, i = 1..17: 1 3 9 27 19 26 16 17 20 29 25 13 8 24 10 30 28.
    // Character values are indices in "0123456789ABCDEFGHJKLMNPQRTUWXY": A=10 .. H=17, J=18 .. N=22, P=23, Q=24,
    // R=25, T=26, U=27, W=28, X=29, Y=30. Organisation-code (GB 11714) values use the whole alphabet: A=10 .. Z=35.
    // Each real code below was recalled, not looked up; both of its check characters hold (a misremembered code would
    // pass both by chance about 1 time in 341), worked out by hand in the comment and by the implementation.

    // The example of GB 32100-2015 itself.
    // Org: M=22,0,0,0,1,0,0,Y=34 x 3,7,9,10,5,8,4,2 = 66+5+68 = 139; 139 mod 11 = 7; 11-7 = 4.
    // C18: 9*1+1*3+3*9+5*27+0*19+1*26+0*16+0*17+21*20+0*29+0*25+0*13+1*8+0*24+0*10+30*30+4*28 = 1640;
    //      1640 mod 31 = 28; 31-28 = 3 -> "3".
    private const string StandardExample = "91350100M000100Y43";

    public static TheoryData<string, string> RealCodes => new()
    {
        { StandardExample, "GB 32100-2015 示例" },

        // 华为技术有限公司. Org 19220382: 3+63+18+20+0+24+32+4 = 164; mod 11 = 10; 11-10 = 1.
        // C18: 9+3+36+108+0+78+0+0+20+261+50+26+0+72+80+60+28 = 831; mod 31 = 25; 31-25 = 6.
        { "914403001922038216", "华为技术有限公司" },

        // 深圳市腾讯计算机系统有限公司. Org 70846113: 21+0+72+40+30+8+4+6 = 181; mod 11 = 5; 11-5 = 6.
        // C18: 9+3+36+108+0+78+0+0+140+0+200+52+48+24+10+90+168 = 966; mod 31 = 5; 31-5 = 26 -> "T".
        { "91440300708461136T", "深圳市腾讯计算机系统有限公司" },

        // 阿里巴巴（中国）有限公司. Org 79965505: 21+63+81+60+25+40+0+10 = 300; mod 11 = 3; 11-3 = 8.
        // C18: 9+3+27+81+0+26+0+0+140+261+225+78+40+120+0+150+224 = 1384; mod 31 = 20; 31-20 = 11 -> "B".
        { "91330100799655058B", "阿里巴巴（中国）有限公司" },

        // 河钢集团有限公司, registered by the province (130000). Org 67735688: 18+49+63+30+25+48+32+16 = 281;
        // mod 11 = 6; 11-6 = 5. C18: 9+3+9+81+0+0+0+0+120+203+175+39+40+144+80+240+140 = 1283; mod 31 = 12;
        // 31-12 = 19 -> "K".
        { "91130000677356885K", "河钢集团有限公司" },

        // 北京大学 (事业单位, central 100000). Org 40000225: 12+16+8+10 = 46; mod 11 = 2; 11-2 = 9.
        // C18: 1+6+9+0+0+0+0+0+80+0+0+0+0+48+20+150+252 = 566; mod 31 = 8; 31-8 = 23 -> "P".
        { "12100000400002259P", "北京大学" },

        // 清华大学. Org 40000062: 12+24+4 = 40; mod 11 = 7; 11-7 = 4.
        // C18: 1+6+9+80+60+60+112 = 328; mod 31 = 18; 31-18 = 13 -> "D".
        { "12100000400000624D", "清华大学" },

        // 中国青少年发展基金会 (基金会). Org 50002167: 15+10+8+24+14 = 71; mod 11 = 5; 11-5 = 6.
        // C18: 5+9+9+100+16+24+60+210+168 = 601; mod 31 = 12; 31-12 = 19 -> "K".
        { "53100000500021676K", "中国青少年发展基金会" },
    };

    // Constructed codes (no real entity behind them) for authorities and regions no recalled code covers.
    public static TheoryData<string, string> ConstructedCodes => new()
    {
        // N 农业 / 2 村级集体经济组织 / 130682 定州. Org MF000001: 66+105+0+0+0+0+0+2 = 173; mod 11 = 8; 11-8 = 3.
        // C18: 22*1+2*3+1*9+3*27+0*19+6*26+8*16+2*17+21*20+15*29+0+0+0+0+0+1*30+3*28
        //      = 22+6+9+81+156+128+34+420+435+30+84 = 1405; mod 31 = 10; 31-10 = 21 -> "M".
        { "N2130682MF0000013M", "农业 村级集体经济组织 定州" },

        // Y 其他 / 1 / 130100 石家庄. Org MC123456: 66+84+9+20+15+32+20+12 = 258; mod 11 = 5; 11-5 = 6.
        // C18: 30*1+1*3+1*9+3*27+0*19+1*26+0+0+21*20+12*29+1*25+2*13+3*8+4*24+5*10+6*30+6*28
        //      = 30+3+9+81+26+420+348+25+26+24+96+50+180+168 = 1486; mod 31 = 29; 31-29 = 2 -> "2".
        { "Y1130100MC12345662", "其他 石家庄" },

        // 9 工商 / 1 企业 / 133100 雄安新区. Org MA0E2B3C: 66+70+0+140+10+88+12+24 = 410; mod 11 = 3; 11-3 = 8.
        // C18: 9*1+1*3+1*9+3*27+3*19+1*26+0+0+21*20+10*29+0*25+14*13+2*8+11*24+3*10+12*30+8*28
        //      = 9+3+9+81+57+26+420+290+182+16+264+30+360+224 = 1971; mod 31 = 18; 31-18 = 13 -> "D".
        { "91133100MA0E2B3C8D", "工商 企业 雄安新区" },

        // 9 工商 / 2 个体工商户 / 130181 辛集. Org MA0ABCDE: 66+70+0+100+55+96+52+28 = 467; mod 11 = 5; 11-5 = 6.
        // C18: 9*1+2*3+1*9+3*27+0*19+1*26+8*16+1*17+21*20+10*29+0*25+10*13+11*8+12*24+13*10+14*30+6*28
        //      = 9+6+9+81+26+128+17+420+290+130+88+288+130+420+168 = 2210; mod 31 = 9; 31-9 = 22 -> "N".
        { "92130181MA0ABCDE6N", "工商 个体工商户 辛集" },

        // A 中央军委改革和编制办公室 / 1 军队事业单位 / 100000. Org MB123456: 66+77+9+20+15+32+20+12 = 251;
        // mod 11 = 9; 11-9 = 2. C18: 10*1+1*3+1*9+0+0+0+0+0+21*20+11*29+1*25+2*13+3*8+4*24+5*10+6*30+2*28
        //      = 10+3+9+420+319+25+26+24+96+50+180+56 = 1218; mod 31 = 9; 31-9 = 22 -> "N".
        { "A1100000MB1234562N", "军队事业单位" },

        // Position 17 is "X" when 11 - sum mod 11 = 10. Org MA0E2B3M: 66+70+0+140+10+88+12+44 = 430; mod 11 = 1;
        // 11-1 = 10 -> "X". C18: 9+3+9+81+0+26+0+0+420+290+0+182+16+264+30+21*30+29*28 = 2772; mod 31 = 13;
        // 31-13 = 18 -> "J".
        { "91130100MA0E2B3MXJ", "组织机构代码校验码为X" },
    };

    [Theory]
    [MemberData(nameof(RealCodes))]
    [MemberData(nameof(ConstructedCodes))]
    public void Validate_ValidCode_HasNoProblems(string code, string entity)
    {
        var result = UnifiedSocialCreditCode.Validate(code);

        Assert.True(result.IsValid, $"{entity}: {string.Join("；", result.Problems.Select(p => p.Message))}");
        Assert.Empty(result.Problems);
        Assert.Equal(code, result.Normalized);
    }

    [Theory]
    [InlineData("91350100M000100Y4", '3')]
    [InlineData("91130000677356885", 'K')]
    [InlineData("N2130682MF0000013", 'M')]
    [InlineData("91130100MA0E2B3MX", 'J')]
    public void ComputeCheckCharacter_First17_ReturnsCharacter18(string first17, char expected) =>
        Assert.Equal(expected, UnifiedSocialCreditCode.ComputeCheckCharacter(first17));

    [Theory]
    [InlineData("91350100M000100Y")]
    [InlineData("91350100M000100Y43")]
    [InlineData("91350100M000100I4")]
    public void ComputeCheckCharacter_Not17CodeCharacters_Throws(string first17) =>
        Assert.Throws<ArgumentException>(() => UnifiedSocialCreditCode.ComputeCheckCharacter(first17));

    [Theory]
    [InlineData(" 91350100M000100Y43 ")]
    [InlineData("9135 0100 M000 100Y 43")]
    [InlineData("\u300091350100M000100Y43\u3000")]
    [InlineData("913501\u00A000M000100Y43")]
    [InlineData("\uFEFF91350100M000100Y43\t\r\n")]
    [InlineData("９１３５０１００Ｍ０００１００Ｙ４３")]
    [InlineData("91350100m000100y43")]
    [InlineData("９１３５０１００ｍ０００１００ｙ４３")]
    public void Validate_SpacedFullWidthOrLowerCase_NormalisesAndValidates(string input)
    {
        var result = UnifiedSocialCreditCode.Validate(input);

        Assert.Equal(StandardExample, result.Normalized);
        Assert.True(result.IsValid);
    }

    [Fact]
    public void Validate_AlreadyNormal_ReturnsSameInstanceAndNoAllocatedProblems()
    {
        var first = UnifiedSocialCreditCode.Validate(StandardExample);
        var second = UnifiedSocialCreditCode.Validate(StandardExample);

        Assert.Same(StandardExample, first.Normalized);
        Assert.Same(first.Problems, second.Problems);
    }

    [Fact]
    public void Validate_OForZero_IsReportedNotCorrected()
    {
        var result = UnifiedSocialCreditCode.Validate("91350100MOOO100Y43");

        Assert.Equal("91350100MOOO100Y43", result.Normalized);
        Assert.Equal(
            ["第10位字符“O”不在代码字符集中", "第11位字符“O”不在代码字符集中", "第12位字符“O”不在代码字符集中"],
            result.Problems.Select(p => p.Message));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\u3000\u00A0")]
    public void Validate_NullOrBlank_ReportsEmpty(string? input)
    {
        var problem = Assert.Single(UnifiedSocialCreditCode.Validate(input).Problems);

        Assert.Equal(UnifiedSocialCreditCodeProblemKind.Empty, problem.Kind);
        Assert.Equal("统一社会信用代码为空", problem.Message);
        Assert.Null(problem.Position);
    }

    [Theory]
    [InlineData("91350100M000100Y4", "统一社会信用代码应为18位，实为17位")]
    [InlineData("91350100M000100Y433", "统一社会信用代码应为18位，实为19位")]
    [InlineData("9", "统一社会信用代码应为18位，实为1位")]
    public void Validate_WrongLength_ReportsLength(string input, string message)
    {
        var problem = Assert.Single(UnifiedSocialCreditCode.Validate(input).Problems);

        Assert.Equal(UnifiedSocialCreditCodeProblemKind.Length, problem.Kind);
        Assert.Equal(message, problem.Message);
    }

    [Fact]
    public void Validate_WrongLengthWithBadCharacter_ReportsLengthThenCharacter()
    {
        var problems = UnifiedSocialCreditCode.Validate("9135010OM000100Y4").Problems;

        Assert.Equal(
            [
                (UnifiedSocialCreditCodeProblemKind.Length, "统一社会信用代码应为18位，实为17位"),
                (UnifiedSocialCreditCodeProblemKind.Character, "第8位字符“O”不在代码字符集中"),
            ],
            problems.Select(p => (p.Kind, p.Message)));
    }

    [Theory]
    [InlineData("9135I100M000100Y43", 5, "第5位字符“I”不在代码字符集中")]
    [InlineData("91350100M000100Y4Z", 18, "第18位字符“Z”不在代码字符集中")]
    [InlineData("91350100M000100Y4中", 18, "第18位字符“中”不在代码字符集中")]
    [InlineData("91350100M000100Y4\u0001", 18, "第18位字符“U+0001”不在代码字符集中")]
    public void Validate_CharacterOutsideSet_ReportsCharacterWithPosition(string input, int position, string message)
    {
        var problems = UnifiedSocialCreditCode.Validate(input).Problems;

        var problem = Assert.Single(problems, p => p.Kind == UnifiedSocialCreditCodeProblemKind.Character);
        Assert.Equal(position, problem.Position);
        Assert.Equal(message, problem.Message);
    }

    [Fact]
    public void Validate_CharacterOutsideSetInPosition18_AlsoNamesTheExpectedCheckCharacter()
    {
        var problems = UnifiedSocialCreditCode.Validate("91350100M000100Y4Z").Problems;

        Assert.Equal(
            ["第18位字符“Z”不在代码字符集中", "第18位校验码应为“3”，实为“Z”"],
            problems.Select(p => p.Message));
    }

    [Fact]
    public void Validate_CharacterOutsideSetInRegion_SkipsRegionAndCheckCharacter()
    {
        // The region and the check character cannot be judged with an I in them; the organisation code still can.
        var problem = Assert.Single(UnifiedSocialCreditCode.Validate("9135I100M000100Y43").Problems);

        Assert.Equal(UnifiedSocialCreditCodeProblemKind.Character, problem.Kind);
    }

    [Fact]
    public void Validate_UnknownAuthority_ReportsAuthority()
    {
        // Check character recomputed so that the authority is the only problem:
        // 11*1 + (1640 - 9*1) = 1642; 1642 mod 31 = 30; 31-30 = 1 -> "1".
        var problem = Assert.Single(UnifiedSocialCreditCode.Validate("B1350100M000100Y41").Problems);

        Assert.Equal(UnifiedSocialCreditCodeProblemKind.Authority, problem.Kind);
        Assert.Equal(1, problem.Position);
        Assert.Equal("第1位登记管理部门码“B”无效", problem.Message);
    }

    [Theory]
    [InlineData("94350100M000100Y4R", "第2位机构类别码“4”不属于登记管理部门“9”（工商）")]
    [InlineData("99350100M000100Y4", "第2位机构类别码“9”不属于登记管理部门“9”（工商）")]
    [InlineData("Y2350100M000100Y4", "第2位机构类别码“2”不属于登记管理部门“Y”（其他）")]
    [InlineData("N4350100M000100Y4", "第2位机构类别码“4”不属于登记管理部门“N”（农业）")]
    [InlineData("5A350100M000100Y4", "第2位机构类别码“A”不属于登记管理部门“5”（民政）")]
    public void Validate_EntityTypeNotOfAuthority_ReportsEntityType(string input, string message)
    {
        var code = input.Length == 17 ? input + UnifiedSocialCreditCode.ComputeCheckCharacter(input) : input;

        var problem = Assert.Single(UnifiedSocialCreditCode.Validate(code).Problems);

        Assert.Equal(UnifiedSocialCreditCodeProblemKind.EntityType, problem.Kind);
        Assert.Equal(2, problem.Position);
        Assert.Equal(message, problem.Message);
    }

    [Theory]
    [InlineData("91139999M000100Y4K", "第3-8位登记管理机关行政区划码“139999”无效")]
    [InlineData("91130103M000100Y4", "第3-8位登记管理机关行政区划码“130103”无效")]
    [InlineData("91990000M000100Y4N", "第3-8位登记管理机关行政区划码“990000”无效")]
    [InlineData("91200000M000100Y4", "第3-8位登记管理机关行政区划码“200000”无效")]
    [InlineData("9135A100M000100Y4", "第3-8位登记管理机关行政区划码“35A100”无效")]
    public void Validate_UnknownRegion_ReportsRegion(string input, string message)
    {
        var code = input.Length == 17 ? input + UnifiedSocialCreditCode.ComputeCheckCharacter(input) : input;

        var problem = Assert.Single(UnifiedSocialCreditCode.Validate(code).Problems);

        Assert.Equal(UnifiedSocialCreditCodeProblemKind.Region, problem.Kind);
        Assert.Equal(3, problem.Position);
        Assert.Equal(message, problem.Message);
    }

    [Theory]
    [InlineData("130100")]
    [InlineData("130682")]
    [InlineData("130181")]
    [InlineData("133100")]
    [InlineData("131182")]
    [InlineData("130284")]
    [InlineData("130223")]
    [InlineData("130000")]
    [InlineData("100000")]
    [InlineData("000000")]
    [InlineData("110108")]
    [InlineData("650100")]
    [InlineData("710000")]
    [InlineData("820000")]
    public void Validate_AcceptedRegion_HasNoProblems(string region)
    {
        var first17 = "91" + region + "M000100Y4";
        var code = first17 + UnifiedSocialCreditCode.ComputeCheckCharacter(first17);

        Assert.True(UnifiedSocialCreditCode.Validate(code).IsValid);
    }

    [Fact]
    public void Validate_WrongOrganizationCheckDigit_ReportsExpectedDigit()
    {
        // Position 18 recomputed for the wrong 17th (5 instead of 4): 1640 + 1*28 = 1668; mod 31 = 25; 31-25 = 6.
        var problem = Assert.Single(UnifiedSocialCreditCode.Validate("91350100M000100Y56").Problems);

        Assert.Equal(UnifiedSocialCreditCodeProblemKind.OrganizationCodeCheck, problem.Kind);
        Assert.Equal(17, problem.Position);
        Assert.Equal('4', problem.Expected);
        Assert.Equal("第17位组织机构代码校验码应为“4”，实为“5”", problem.Message);
    }

    [Fact]
    public void Validate_DigitWhereOrganizationCheckIsX_ReportsX()
    {
        var first17 = "91130100MA0E2B3M0";
        var problem = Assert.Single(
            UnifiedSocialCreditCode.Validate(first17 + UnifiedSocialCreditCode.ComputeCheckCharacter(first17)).Problems);

        Assert.Equal("第17位组织机构代码校验码应为“X”，实为“0”", problem.Message);
    }

    [Fact]
    public void Validate_WrongCheckCharacter_ReportsExpectedCharacter()
    {
        var problem = Assert.Single(UnifiedSocialCreditCode.Validate("91350100M000100Y44").Problems);

        Assert.Equal(UnifiedSocialCreditCodeProblemKind.CheckCharacter, problem.Kind);
        Assert.Equal(18, problem.Position);
        Assert.Equal('3', problem.Expected);
        Assert.Equal("第18位校验码应为“3”，实为“4”", problem.Message);
    }

    [Fact]
    public void Validate_SeveralProblems_ReportsAllInPositionOrder()
    {
        var problems = UnifiedSocialCreditCode.Validate("B4139999M000100Y5X").Problems;

        Assert.Equal(
            [
                "第1位登记管理部门码“B”无效",
                "第3-8位登记管理机关行政区划码“139999”无效",
                "第17位组织机构代码校验码应为“4”，实为“5”",
                "第18位校验码应为“B”，实为“X”",
            ],
            problems.Select(p => p.Message));
    }

    [Property(MaxTest = 500)]
    public Property Validate_CorrectCheckCharacters_AlwaysValid() =>
        Prop.ForAll(ValidCodes.ToArbitrary(), code => UnifiedSocialCreditCode.Validate(code).IsValid);

    [Property(MaxTest = 1000)]
    public Property Validate_AnySingleCharacterChanged_NeverValid() =>
        Prop.ForAll(
            SingleCharacterChanges.ToArbitrary(),
            change =>
            {
                var chars = change.Code.ToCharArray();
                chars[change.Position] = change.Replacement;
                return !UnifiedSocialCreditCode.Validate(new string(chars)).IsValid;
            });

    private static readonly string[] Regions =
    [
        .. RegionCodes.Hebei.Keys.Select(code => code.ToString("D6", System.Globalization.CultureInfo.InvariantCulture)),
        "000000", "100000", "110108", "350100", "440300", "650100", "810000",
    ];

    private static Gen<string> ValidCodes =>
        from authority in Gen.Elements(RegistrationAuthorities.All.ToArray())
        from type in Gen.Elements(authority.EntityTypes.Keys.ToArray())
        from region in Gen.Elements(Regions)
        from body in Gen.ArrayOf(Gen.Elements(CodeCharset.Characters.ToCharArray()), 8)
        select Complete($"{authority.Code}{type}{region}{new string(body)}");

    // Replacements include characters outside the set, but no lower-case or full-width twin of a set character:
    // those normalise back to the original and are not a change.
    private static Gen<(string Code, int Position, char Replacement)> SingleCharacterChanges =>
        from code in ValidCodes
        from position in Gen.Choose(0, 17)
        from replacement in Gen.Elements((CodeCharset.Characters + "IOSVZ*-中").ToCharArray())
            .Where(c => c != code[position])
        select (code, position, replacement);

    private static string Complete(string first16)
    {
        var first17 = first16 + OrganizationCode.ComputeCheckDigit(first16.AsSpan(8, 8));
        return first17 + UnifiedSocialCreditCode.ComputeCheckCharacter(first17);
    }
}
