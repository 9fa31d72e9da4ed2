using BenchmarkDotNet.Attributes;
using HebeiCredit.Auditing.Codes;
using HebeiCredit.Auditing.Publication;

namespace HebeiCredit.Benchmarks;

/// <summary>统一社会信用代码 validation and 文书号 normalisation, run once per record of a 双公示 file.</summary>
[MemoryDiagnoser]
public class CodeValidationBenchmarks
{
    // A mix as real files hold it: mostly clean valid codes, some needing normalisation, some wrong.
    private static readonly string[] Mix =
    [
        "91350100M000100Y43",
        "91130000677356885K",
        "12100000400002259P",
        "N2130682MF0000013M",
        "９１３５０１００Ｍ０００１００Ｙ４３",
        " 9135 0100 m000 100y 43 ",
        "91350100M000100Y44",
        "9135I100M000100Y4",
    ];

    [Benchmark]
    public bool ValidateValid() => UnifiedSocialCreditCode.Validate("91350100M000100Y43").IsValid;

    [Benchmark]
    public bool ValidateWrongCheckCharacter() => UnifiedSocialCreditCode.Validate("91350100M000100Y44").IsValid;

    [Benchmark(OperationsPerInvoke = 8)]
    public int ValidateMix()
    {
        var valid = 0;
        foreach (var code in Mix)
        {
            valid += UnifiedSocialCreditCode.Validate(code).IsValid ? 1 : 0;
        }

        return valid;
    }

    [Benchmark]
    public string NormalizeDocumentNumberCanonical() => DocumentNumber.Normalize("冀石市监罚〔2021〕12号");

    [Benchmark]
    public string NormalizeDocumentNumberMessy() => DocumentNumber.Normalize(" 冀石市监罚（２０２１）第 ００１２ 号 ");
}
