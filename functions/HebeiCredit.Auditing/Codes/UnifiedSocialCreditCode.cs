namespace HebeiCredit.Auditing.Codes;

/// <summary>
/// 统一社会信用代码 per GB 32100-2015: 1 登记管理部门码, 2 机构类别码, 3-8 登记管理机关行政区划码,
/// 9-17 主体标识码 (组织机构代码, GB 11714, with its own check digit in 17), 18 校验码.
/// </summary>
public static class UnifiedSocialCreditCode
{
    public const int Length = 18;

    private static readonly UnifiedSocialCreditCodeProblem[] NoProblems = [];

    // 3^(i-1) mod 31 for i = 1..17.
    private static ReadOnlySpan<byte> Weights => [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    /// <summary>
    /// Normalises <paramref name="input"/> and reports every problem found. Real data holds wrong codes: a wrong
    /// code is a finding, so this never throws for one.
    /// </summary>
    public static UnifiedSocialCreditCodeResult Validate(string? input)
    {
        var code = CodeNormalizer.Normalize(input);
        if (code.Length == 0)
        {
            return new(code, [new(UnifiedSocialCreditCodeProblemKind.Empty, CodeProblemMessages.Empty)]);
        }

        List<UnifiedSocialCreditCodeProblem>? problems = null;
        if (code.Length != Length)
        {
            // The structure cannot be read off a code of the wrong length; only its characters can be judged.
            Add(ref problems, new(UnifiedSocialCreditCodeProblemKind.Length, CodeProblemMessages.Length(code.Length)));
            FindInvalidCharacters(code, ref problems);
            return new(code, problems!.ToArray());
        }

        var invalidAt = FindInvalidCharacters(code, ref problems);

        CheckAuthorityAndType(code, invalidAt, ref problems);
        CheckRegion(code, invalidAt, ref problems);
        CheckOrganizationCode(code, invalidAt, ref problems);
        CheckCharacter(code, invalidAt, ref problems);

        return new(code, problems is null ? NoProblems : problems.ToArray());
    }

    /// <summary>The check character (position 18) of the first 17 characters of a normalised code.</summary>
    /// <exception cref="ArgumentException">Not 17 characters, or one is outside the code character set.</exception>
    public static char ComputeCheckCharacter(ReadOnlySpan<char> first17)
    {
        if (first17.Length != Length - 1)
        {
            throw new ArgumentException($"应为17位，实为{first17.Length}位", nameof(first17));
        }

        var sum = 0;
        for (var i = 0; i < first17.Length; i++)
        {
            var value = CodeCharset.ValueOf(first17[i]);
            if (value < 0)
            {
                throw new ArgumentException(CodeProblemMessages.Character(i + 1, first17[i]), nameof(first17));
            }

            sum += value * Weights[i];
        }

        return CodeCharset.Characters[(31 - (sum % 31)) % 31];
    }

    // A bit per position holding a character outside the set; the checks skip what they cannot evaluate.
    private static int FindInvalidCharacters(string code, ref List<UnifiedSocialCreditCodeProblem>? problems)
    {
        var invalidAt = 0;
        for (var i = 0; i < code.Length; i++)
        {
            if (CodeCharset.ValueOf(code[i]) < 0)
            {
                invalidAt |= i < 31 ? 1 << i : 0; // only the first 18 matter
                Add(ref problems, new(
                    UnifiedSocialCreditCodeProblemKind.Character,
                    CodeProblemMessages.Character(i + 1, code[i]),
                    Position: i + 1));
            }
        }

        return invalidAt;
    }

    private static void CheckAuthorityAndType(string code, int invalidAt, ref List<UnifiedSocialCreditCodeProblem>? problems)
    {
        if ((invalidAt & 1) != 0)
        {
            return;
        }

        if (!RegistrationAuthorities.TryGet(code[0], out var authority))
        {
            Add(ref problems, new(
                UnifiedSocialCreditCodeProblemKind.Authority,
                CodeProblemMessages.Authority(code[0]),
                Position: 1));
            return;
        }

        if ((invalidAt & 2) == 0 && !authority.EntityTypes.ContainsKey(code[1]))
        {
            Add(ref problems, new(
                UnifiedSocialCreditCodeProblemKind.EntityType,
                CodeProblemMessages.EntityType(code[1], authority),
                Position: 2));
        }
    }

    private static void CheckRegion(string code, int invalidAt, ref List<UnifiedSocialCreditCodeProblem>? problems)
    {
        var region = code.AsSpan(2, 6);
        if (!Spans(invalidAt, 2, 6) && !RegionCodes.IsAccepted(region))
        {
            Add(ref problems, new(
                UnifiedSocialCreditCodeProblemKind.Region,
                CodeProblemMessages.Region(region),
                Position: 3));
        }
    }

    private static void CheckOrganizationCode(string code, int invalidAt, ref List<UnifiedSocialCreditCodeProblem>? problems)
    {
        if (Spans(invalidAt, 8, 8))
        {
            return;
        }

        var expected = OrganizationCode.ComputeCheckDigit(code.AsSpan(8, 8));
        if (code[16] != expected)
        {
            Add(ref problems, new(
                UnifiedSocialCreditCodeProblemKind.OrganizationCodeCheck,
                CodeProblemMessages.OrganizationCodeCheck(expected, code[16]),
                Position: 17,
                Expected: expected));
        }
    }

    private static void CheckCharacter(string code, int invalidAt, ref List<UnifiedSocialCreditCodeProblem>? problems)
    {
        if (Spans(invalidAt, 0, 17))
        {
            return;
        }

        var expected = ComputeCheckCharacter(code.AsSpan(0, 17));
        if (code[17] != expected)
        {
            Add(ref problems, new(
                UnifiedSocialCreditCodeProblemKind.CheckCharacter,
                CodeProblemMessages.CheckCharacter(expected, code[17]),
                Position: 18,
                Expected: expected));
        }
    }

    private static bool Spans(int invalidAt, int start, int count) => (invalidAt & (((1 << count) - 1) << start)) != 0;

    private static void Add(ref List<UnifiedSocialCreditCodeProblem>? problems, UnifiedSocialCreditCodeProblem problem) =>
        (problems ??= []).Add(problem);
}
