using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using HebeiCredit.Auditing.Findings;
using HebeiCredit.Auditing.Publication;
using HebeiCredit.Auditing.Publication.Headers;
using HebeiCredit.Auditing.Publication.Records;
using HebeiCredit.Auditing.Publication.Sources;
using HebeiCredit.Auditing.Tests.Publication.Headers;

namespace HebeiCredit.Auditing.Tests.Publication.Records;

public sealed class PublicationRowReaderTests
{
    private const string File = RowFixture.File;

    [Fact]
    public void Read_ValidPenaltyRow_ReadsEveryFieldWithoutFindings()
    {
        var result = RowFixture.Read();

        Assert.Empty(result.Findings);
        var record = Assert.IsType<PublicationRecord>(result.Record);
        Assert.Equal(UploadKind.Ledgers, record.Source);
        Assert.Equal(("1301", File, 5), (record.Unit, record.File, record.Row));
        Assert.Equal(DecisionKind.Penalty, record.Kind);
        Assert.Equal("石家庄某某商贸有限公司", record.SubjectName);
        Assert.Equal(SubjectCategory.Organization, record.Category);
        Assert.Equal("91130100MA0E2B3MXJ", record.SubjectCreditCode);
        Assert.Equal("冀石市监罚〔2025〕12号", record.Document!.Value.Key);
        Assert.Equal(new DateOnly(2025, 9, 28), record.DecisionDate);
        Assert.Equal("石家庄市市场监督管理局", record.Authority);
        Assert.Equal("虚假宣传", record.ViolationType);
        Assert.Equal("罚款", record.PenaltyCategory);
        Assert.Equal(1.5m, record.FineAmount);
        Assert.Equal(PublicationRecord.OpenEnded, record.PenaltyValidUntil);
        Assert.Equal(new DateOnly(2026, 9, 28), record.PublicationEnd);
        Assert.Null(record.ReportedOn);
        Assert.Equal("石家庄市市场监督管理局", record.Department);
        Assert.True(record.IsValid);
    }

    [Theory]
    [InlineData("行政相对人名称")]
    [InlineData("行政处罚决定书文号")]
    [InlineData("处罚决定日期")]
    [InlineData("处罚机关")]
    public void Read_RequiredFieldEmpty_FlagsItWithFileRowAndField(string field)
    {
        var result = RowFixture.Read(cells => cells[field] = " \u3000");

        var finding = Assert.Single(result.Findings);
        Assert.Equal(RuleIds.PubInvalidField, finding.RuleId);
        Assert.Equal("1301", finding.Unit);
        Assert.Equal($"{File}#5#{field}", finding.Subject);
        Assert.Equal($"“{File}”第5行“{field}”有误", finding.Summary);
        Assert.Equal($"报送台账“{File}”第5行“{field}”：必填项为空。", finding.Explanation);
        Assert.Equal("发改办财金〔2018〕790号（“双公示”数据标准）", finding.Clause.Document);
        Assert.Equal($"数据项“{field}”（2019年1月1日起施行）", finding.Clause.Clause);
        var evidence = Assert.Single(finding.Evidence);
        Assert.Equal((File, 5, field), (evidence.File, evidence.Row, evidence.Field));
        Assert.Equal($"“{File}”第5行“{field}”：（空）", evidence.Description);
        Assert.Equal([field], result.Record!.InvalidFields);
    }

    [Theory]
    [InlineData("2025-13-01", "无法识别的日期：“2025-13-01”")]
    [InlineData("9月28日", "日期缺少年份，需要参考日期才能推断：“9月28日”")]
    [InlineData("长期", "应为具体日期，实为“长期”")]
    [InlineData("2025-12-01", "2025-12-01晚于检查日2025-11-28")]
    public void Read_UnusableDecisionDate_FlagsWithTheReason(string text, string message)
    {
        var result = RowFixture.Read(cells => cells["处罚决定日期"] = text);

        var finding = Assert.Single(result.Findings);
        Assert.Equal(RuleIds.PubInvalidField, finding.RuleId);
        Assert.Equal($"报送台账“{File}”第5行“处罚决定日期”：{message}。", finding.Explanation);
        Assert.Equal($"“{File}”第5行“处罚决定日期”：{text}", finding.Evidence[0].Description);
        Assert.Null(result.Record!.DecisionDate);
    }

    [Fact]
    public void Read_DecisionDateToday_IsNotFuture() =>
        Assert.Empty(RowFixture.Read(cells => cells["处罚决定日期"] = "2025年11月28日").Findings);

    [Theory]
    [InlineData("1,000", 1000)]
    [InlineData("０．５", 0.5)]
    [InlineData("2万元", 2)]
    [InlineData(" 3.25 ", 3.25)]
    [InlineData("0.035", 0.035)]
    [InlineData("+2", 2)]
    public void Read_AmountSpellings_AreRead(string text, double amount)
    {
        var result = RowFixture.Read(cells => cells["罚款金额（万元）"] = text);

        Assert.Empty(result.Findings);
        Assert.Equal((decimal)amount, result.Record!.FineAmount);
    }

    [Theory]
    [InlineData("一万", "“一万”不是有效的金额（单位：万元）")]
    [InlineData("1.5元", "“1.5元”不是有效的金额（单位：万元）")]
    [InlineData("-1", "金额不能为负数：“-1”")]
    [InlineData("1.2.3", "“1.2.3”不是有效的金额（单位：万元）")]
    [InlineData("1-2", "“1-2”不是有效的金额（单位：万元）")]
    public void Read_BadAmount_FlagsTheField(string text, string message)
    {
        var finding = Assert.Single(RowFixture.Read(cells => cells["罚款金额（万元）"] = text).Findings);

        Assert.Equal($"{File}#5#罚款金额（万元）", finding.Subject);
        Assert.Equal($"报送台账“{File}”第5行“罚款金额（万元）”：{message}。", finding.Explanation);
    }

    [Fact]
    public void Read_BadDateInOptionalField_FlagsItButKeepsTheRest()
    {
        var result = RowFixture.Read(cells => cells["公示截止期"] = "2026-02-30");

        var finding = Assert.Single(result.Findings);
        Assert.Equal("公示截止期", finding.Evidence[0].Field);
        Assert.Equal(new DateOnly(2025, 9, 28), result.Record!.DecisionDate);
    }

    [Fact]
    public void Read_OrganizationWithWrongCheckCharacter_FlagsCodeAndKeepsTheRecord()
    {
        var result = RowFixture.Read(cells => cells["行政相对人代码_1(统一社会信用代码)"] = "91130100MA0E2B3MX1");

        var finding = Assert.Single(result.Findings);
        Assert.Equal(RuleIds.PubInvalidCode, finding.RuleId);
        Assert.Equal($"{File}#5#行政相对人代码_1(统一社会信用代码)", finding.Subject);
        Assert.Equal($"“{File}”第5行“行政相对人代码_1(统一社会信用代码)”校验不通过", finding.Summary);
        Assert.Equal(
            $"报送台账“{File}”第5行“行政相对人代码_1(统一社会信用代码)”：第18位校验码应为“J”，实为“1”。记录保留，仍参与时限审核。",
            finding.Explanation);
        Assert.Equal("GB 32100-2015《法人和其他组织统一社会信用代码编码规则》", finding.Clause.Document);
        Assert.Equal(("行政相对人代码_1(统一社会信用代码)", 5), (finding.Evidence[0].Field, finding.Evidence[0].Row));
        var record = result.Record!;
        Assert.NotNull(record.Document);
        Assert.Equal(new DateOnly(2025, 9, 28), record.DecisionDate);
        Assert.False(record.IsValid);
    }

    [Fact]
    public void Read_OrganizationWithEmptyCode_FlagsTheEmptyField()
    {
        var finding = Assert.Single(RowFixture.Read(cells => cells["行政相对人代码_1(统一社会信用代码)"] = "").Findings);

        Assert.Equal(RuleIds.PubInvalidField, finding.RuleId);
        Assert.Equal($"报送台账“{File}”第5行“行政相对人代码_1(统一社会信用代码)”：法人及非法人组织须填写统一社会信用代码，该行为空。", finding.Explanation);
    }

    private static void NaturalPerson(Dictionary<string, string?> cells, string? idType, string id)
    {
        cells["行政相对人名称"] = "张三";
        cells["行政相对人类别"] = "自然人";
        cells["行政相对人代码_1(统一社会信用代码)"] = null;
        cells["证件类型"] = idType;
        cells["证件号码"] = id;
    }

    [Fact]
    public void Read_NaturalPersonWithValidIdNumber_HasNoFinding()
    {
        var result = RowFixture.Read(cells => NaturalPerson(cells, "身份证", "11010519491231002X"));

        Assert.Empty(result.Findings);
        Assert.Equal(SubjectCategory.NaturalPerson, result.Record!.Category);
        Assert.Equal("11010519491231002X", result.Record.IdNumber);
    }

    [Theory]
    [InlineData("110105194912310021", "身份证号码第18位校验码应为“X”，实为“1”")]
    [InlineData("11010519491331002X", "身份证号码第7-14位出生日期“19491331”无效；身份证号码第18位校验码应为“1”，实为“X”")]
    [InlineData("110105491231002", "身份证号码应为18位，实为15位")]
    [InlineData("1101051949123100AX", "身份证号码第17位字符“A”应为数字")]
    public void Read_NaturalPersonWithMalformedIdNumber_FlagsCodeAndKeepsTheRecord(string id, string message)
    {
        var result = RowFixture.Read(cells => NaturalPerson(cells, "居民身份证", id));

        var finding = Assert.Single(result.Findings);
        Assert.Equal(RuleIds.PubInvalidCode, finding.RuleId);
        Assert.Equal($"{File}#5#证件号码", finding.Subject);
        Assert.Equal($"报送台账“{File}”第5行“证件号码”：{message}。记录保留，仍参与时限审核。", finding.Explanation);
        Assert.Equal("GB 11643-1999《公民身份号码》", finding.Clause.Document);
        Assert.NotNull(result.Record!.Document);
    }

    [Theory]
    [InlineData("身份证", "110105********002X")]
    [InlineData("护照", "E12345678")]
    public void Read_MaskedIdOrOtherPaper_IsNotChecked(string idType, string id) =>
        Assert.Empty(RowFixture.Read(cells => NaturalPerson(cells, idType, id)).Findings);

    [Fact]
    public void Read_NaturalPersonWithoutIdNumberInLedger_FlagsButNotOnWebsite()
    {
        Assert.Equal("证件号码", Assert.Single(RowFixture.Read(cells => NaturalPerson(cells, "身份证", "")).Findings).Evidence[0].Field);
        Assert.Empty(RowFixture.Read(cells => NaturalPerson(cells, "身份证", ""), UploadKind.Published).Findings);
    }

    [Fact]
    public void Read_IndividualBusinessWithoutCode_ChecksTheOperatorsId()
    {
        var result = RowFixture.Read(cells =>
        {
            NaturalPerson(cells, "身份证", "110105194912310021");
            cells["行政相对人类别"] = "个体工商户";
        });

        Assert.Equal(RuleIds.PubInvalidCode, Assert.Single(result.Findings).RuleId);
        Assert.Equal(SubjectCategory.IndividualBusiness, result.Record!.Category);
    }

    [Fact]
    public void Read_UnknownCategory_FlagsItAndInfersFromTheCode()
    {
        var result = RowFixture.Read(cells => cells["行政相对人类别"] = "企业");

        Assert.Equal($"报送台账“{File}”第5行“行政相对人类别”：“企业”无法识别，应为法人及非法人组织、自然人或个体工商户。", Assert.Single(result.Findings).Explanation);
        Assert.Equal(SubjectCategory.Organization, result.Record!.Category);
    }

    [Fact]
    public void Read_SeveralProblems_GivesOneFindingPerField()
    {
        var result = RowFixture.Read(cells =>
        {
            cells["处罚机关"] = null;
            cells["处罚决定日期"] = "2025-02-30";
            cells["行政相对人代码_1(统一社会信用代码)"] = "91130100MA0E2B3MX1";
        });

        Assert.Equal(
            [$"{File}#5#处罚决定日期", $"{File}#5#处罚机关", $"{File}#5#行政相对人代码_1(统一社会信用代码)"],
            result.Findings.Select(f => f.Subject));
        Assert.Equal(["处罚决定日期", "处罚机关", "行政相对人代码_1(统一社会信用代码)"], result.Record!.InvalidFields);
    }

    [Fact]
    public void Read_PlatformRow_ReadsTheReceiptTimeAndRequiresIt()
    {
        string[] headers = [.. HeaderMatcherTests.PenaltyHeaders, "入库时间"];
        var read = RowFixture.Read(cells => cells["入库时间"] = "2025-10-14 16:20:05", UploadKind.Platform, headers: headers);
        Assert.Empty(read.Findings);
        Assert.Equal(new DateOnly(2025, 10, 14), read.Record!.ReportedOn);

        var empty = RowFixture.Read(null, UploadKind.Platform, headers: headers);
        Assert.Equal($"省平台报送记录“{File}”第5行“报送时间”：必填项为空。", Assert.Single(empty.Findings).Explanation);
    }

    [Fact]
    public void Read_BlankRow_IsSkippedWithoutFindings()
    {
        var header = HeaderMatcher.Match(HeaderMatcherTests.PenaltyHeaders, UploadKind.Ledgers);

        var result = PublicationRowReader.Read(new SourceRow(9, ["", null, " ", "\uFEFF"]), header, File, UploadKind.Ledgers, "1301", RowFixture.Today);

        Assert.Null(result.Record);
        Assert.Empty(result.Findings);
    }

    [Fact]
    public void Read_ShortRow_FlagsTheMissingCellsInsteadOfThrowing()
    {
        var header = HeaderMatcher.Match(HeaderMatcherTests.PenaltyHeaders, UploadKind.Ledgers);

        var result = PublicationRowReader.Read(new SourceRow(7, ["某公司"]), header, File, UploadKind.Ledgers, "1301", RowFixture.Today);

        Assert.Equal(["行政处罚决定书文号", "处罚决定日期", "处罚机关"], result.Record!.InvalidFields);
    }

    [Fact]
    public void Read_RejectedHeader_Throws()
    {
        var header = HeaderMatcher.Match(["名称"], UploadKind.Ledgers);

        Assert.Throws<ArgumentException>(() => PublicationRowReader.Read(new SourceRow(2, ["x"]), header, File, UploadKind.Ledgers, "1301", RowFixture.Today));
    }

    [Property(MaxTest = 300)]
    public Property Read_AnyCells_NeverThrowsAndNamesTheRowInEveryFinding(string?[] cells, PositiveInt row)
    {
        var header = HeaderMatcher.Match(HeaderMatcherTests.PenaltyHeaders, UploadKind.Ledgers);
        var result = PublicationRowReader.Read(new SourceRow(row.Get, cells ?? []), header, File, UploadKind.Ledgers, "1301", RowFixture.Today);
        return result.Findings.All(f => f.Evidence.Single().Row == row.Get && f.Evidence[0].File == File && f.Evidence[0].Field is not null).ToProperty();
    }
}
