using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using HebeiCredit.Auditing.Publication;

namespace HebeiCredit.Auditing.Tests.Publication;

public sealed class DocumentNumberTests
{
    private const string Canonical = "冀石市监罚〔2021〕12号";

    [Theory]
    [InlineData("冀石市监罚〔2021〕12号")]
    [InlineData("冀石市监罚[2021]12号")]
    [InlineData("冀石市监罚［2021］12号")]
    [InlineData("冀石市监罚【2021】12号")]
    [InlineData("冀石市监罚(2021)12号")]
    [InlineData("冀石市监罚（2021）12号")]
    [InlineData("冀石市监罚{2021}12号")]
    [InlineData("冀石市监罚｛2021｝12号")]
    [InlineData("冀石市监罚〖2021〗12号")]
    [InlineData("冀石市监罚﹝2021﹞12号")]
    [InlineData("冀石市监罚[2021〕12号")]
    [InlineData(" 冀石市监罚 〔2021〕 12 号 ")]
    [InlineData("冀石市监罚\u3000〔2021〕\u00A012号")]
    [InlineData("冀石市监罚〔２０２１〕１２号")]
    [InlineData("冀石市监罚〔2021〕第12号")]
    [InlineData("冀石市监罚〔2021〕第 12 号")]
    [InlineData("冀石市监罚〔2021〕0012号")]
    [InlineData("冀石市监罚〔2021〕第0012号")]
    [InlineData("冀石市监罚（２０２１）第００１２号")]
    [InlineData("冀石市监罚〔2021〕12號")]
    [InlineData("冀石市监罚〔2021〕12")]
    [InlineData("冀石市监罚〔2021〕第12")]
    public void Normalize_SpellingOfOneNumber_GivesCanonicalKey(string spelling) =>
        Assert.Equal(Canonical, DocumentNumber.Normalize(spelling));

    [Theory]
    [InlineData("冀石环罚字〔2021〕sjz-12号", "冀石环罚字〔2021〕SJZ-12号")]
    [InlineData("冀石环罚字（2021）ＳＪＺ－１２号", "冀石环罚字〔2021〕SJZ-12号")]
    [InlineData("冀石环罚字〔2021〕SJZ—12号", "冀石环罚字〔2021〕SJZ-12号")]
    [InlineData("冀石环罚字〔2021〕SJZ–12号", "冀石环罚字〔2021〕SJZ-12号")]
    [InlineData("冀石环罚字〔2021〕SJZ‐12号", "冀石环罚字〔2021〕SJZ-12号")]
    [InlineData("冀石环罚字〔2021〕SJZ−012号", "冀石环罚字〔2021〕SJZ-12号")]
    [InlineData("冀石市监罚〔2021〕0号", "冀石市监罚〔2021〕0号")]
    [InlineData("冀石市监罚〔2021〕000号", "冀石市监罚〔2021〕0号")]
    [InlineData("", "")]
    [InlineData(" \u3000 ", "")]
    public void Normalize_Spelling_GivesKey(string spelling, string key) =>
        Assert.Equal(key, DocumentNumber.Normalize(spelling));

    [Theory]
    [InlineData("冀石市监罚〔2021〕12号", "冀石市监罚〔2021〕120号")]
    [InlineData("冀石市监罚〔2021〕12号", "冀石市监罚〔2020〕12号")]
    [InlineData("冀石市监罚〔2021〕12号", "冀石市监罚〔2021〕21号")]
    [InlineData("冀石市监罚〔2021〕12号", "冀石市监罚〔2021〕1-2号")]
    [InlineData("冀石市监罚〔2021〕10号", "冀石市监罚〔2021〕1号")]
    [InlineData("冀石市监罚〔2021〕12号", "冀石市监罚字〔2021〕12号")]
    [InlineData("冀石市监罚〔2021〕12号", "冀石市监许〔2021〕12号")]
    [InlineData("冀石市监罚〔2021〕12号", "冀唐市监罚〔2021〕12号")]
    [InlineData("冀石市监罚〔2021〕12号", "冀石市监罚〔21〕12号")]
    [InlineData("冀石环罚字〔2021〕SJZ-12号", "冀石环罚字〔2021〕SJ-12号")]
    [InlineData("冀石环罚字〔2021〕A12号", "冀石环罚字〔2021〕B12号")]
    [InlineData("石市监罚〔2021〕第一分局12号", "石市监罚〔2021〕第二分局12号")]
    public void Normalize_DifferentNumbers_GiveDifferentKeys(string first, string second) =>
        Assert.NotEqual(DocumentNumber.Normalize(first), DocumentNumber.Normalize(second));

    [Theory]
    [InlineData("冀石市监罚（２０２１）第００１２号", "冀石市监罚〔2021〕12号")]
    [InlineData(" 冀石市监罚 〔2021〕 12 号 ", "冀石市监罚〔2021〕12号")]
    [InlineData("\uFEFF冀石市监罚〔2021〕12號\u00A0", "冀石市监罚〔2021〕12号")]
    [InlineData("冀石市监罚〔2021〕12", "冀石市监罚〔2021〕12号")]
    [InlineData("冀石环罚字（2021）ＳＪＺ－１２号", "冀石环罚字〔2021〕SJZ-12号")]
    [InlineData(" \u3000 ", "")]
    public void Normalize_SpanOverload_WritesTheKeyTheStringOverloadGives(string spelling, string key)
    {
        var destination = new char[spelling.Length + 1];

        var written = DocumentNumber.Normalize(spelling.AsSpan(), destination);

        Assert.Equal(key, new string(destination, 0, written));
        Assert.Equal(DocumentNumber.Normalize(spelling), new string(destination, 0, written));
    }

    [Fact]
    public void Normalize_SpanOverloadOnTextLongerThanTheStackBuffer_GivesTheKey()
    {
        var spelling = string.Concat(Enumerable.Repeat("冀 石（2021）", 60)) + "第0012号";
        var destination = new char[spelling.Length + 1];

        var written = DocumentNumber.Normalize(spelling.AsSpan(), destination);

        Assert.Equal(string.Concat(Enumerable.Repeat("冀石〔2021〕", 60)) + "12号", new string(destination, 0, written));
    }

    [Fact]
    public void Normalize_SpanOverloadWithoutRoomForASuppliedSerialMark_Throws() =>
        Assert.Throws<ArgumentException>(() => DocumentNumber.Normalize("冀石〔2021〕12".AsSpan(), new char[10]));

    [Fact]
    public void Normalize_CanonicalInput_ReturnsSameInstance() =>
        Assert.Same(Canonical, DocumentNumber.Normalize(Canonical));

    [Fact]
    public void Normalize_Null_Throws() =>
        Assert.Throws<ArgumentNullException>(() => DocumentNumber.Normalize(null!));

    [Fact]
    public void Equals_TwoSpellingsOfOneNumber_AreEqualAndKeepTheirOriginals()
    {
        var first = DocumentNumber.From("冀石市监罚（2021）第0012号");
        var second = DocumentNumber.From("冀石市监罚〔2021〕12号");

        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
        Assert.Equal("冀石市监罚（2021）第0012号", first.Original);
        Assert.Equal("冀石市监罚（2021）第0012号", first.ToString());
        Assert.Equal(Canonical, first.Key);
    }

    [Fact]
    public void Equals_DifferentNumbers_AreNotEqual() =>
        Assert.NotEqual(DocumentNumber.From("冀石市监罚〔2021〕12号"), DocumentNumber.From("冀石市监罚〔2021〕120号"));

    [Property(MaxTest = 500)]
    public Property Normalize_DecoratedSpelling_KeepsKey() =>
        Prop.ForAll(
            Decorated.ToArbitrary(),
            pair => DocumentNumber.Normalize(pair.Spelling) == DocumentNumber.Normalize(pair.Plain));

    [Property(MaxTest = 500)]
    public Property Normalize_DifferentYearOrSerial_NeverCollides() =>
        Prop.ForAll(
            Numbers.ToArbitrary(),
            Numbers.ToArbitrary(),
            (a, b) => (a.Year == b.Year && a.Serial == b.Serial)
                == (DocumentNumber.Normalize(Plain(a.Year, a.Serial)) == DocumentNumber.Normalize(Plain(b.Year, b.Serial))));

    private static Gen<(int Year, int Serial)> Numbers =>
        from year in Gen.Choose(2015, 2026)
        from serial in Gen.Choose(0, 2000)
        select (year, serial);

    private static readonly (char Open, char Close)[] Brackets =
        [('〔', '〕'), ('[', ']'), ('［', '］'), ('【', '】'), ('(', ')'), ('（', '）'), ('{', '}'), ('〖', '〗'), ('﹝', '﹞')];

    // A number written plainly and the same number with another bracket, full-width digits, 第, leading zeros and spaces.
    private static Gen<(string Plain, string Spelling)> Decorated =>
        from number in Numbers
        from bracket in Gen.Elements(Brackets)
        from fullWidth in Gen.Elements(false, true)
        from ordinal in Gen.Elements(false, true)
        from zeros in Gen.Choose(0, 3)
        from space in Gen.Elements("", " ", "\u3000", "\u00A0")
        select (
            Plain(number.Year, number.Serial),
            $"冀石市监罚{space}{bracket.Open}{Digits(number.Year.ToString(Invariant), fullWidth)}{bracket.Close}{space}"
            + $"{(ordinal ? "第" : "")}{Digits(new string('0', zeros) + number.Serial.ToString(Invariant), fullWidth)}{space}号");

    private static readonly IFormatProvider Invariant = System.Globalization.CultureInfo.InvariantCulture;

    private static string Plain(int year, int serial) => $"冀石市监罚〔{year.ToString(Invariant)}〕{serial.ToString(Invariant)}号";

    private static string Digits(string digits, bool fullWidth) =>
        fullWidth ? new string(digits.Select(d => (char)(d - '0' + '０')).ToArray()) : digits;
}
