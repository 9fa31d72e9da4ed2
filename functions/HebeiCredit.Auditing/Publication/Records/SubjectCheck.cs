using HebeiCredit.Auditing.Codes;
using HebeiCredit.Auditing.Publication.Headers;
using HebeiCredit.Auditing.Publication.Sources;

namespace HebeiCredit.Auditing.Publication.Records;

/// <summary>
/// 行政相对人类别 and the identifying code: an organisation's 统一社会信用代码 (GB 32100), a natural person's ID
/// number (GB 11643, when 证件类型 is the ID card), a 个体工商户's code or else its operator's ID number. Empty codes
/// are flagged only where the file has the column; masked numbers (with *) are not checked, as websites mask them.
/// </summary>
internal static class SubjectCheck
{
    public static SubjectIdentity Read(RowCheck check)
    {
        var code = check.Text(PublicationField.SubjectCreditCode);
        var idType = check.Text(PublicationField.IdType);
        var idNumber = check.Text(PublicationField.IdNumber);
        var category = ReadCategory(check, code, idNumber);

        switch (category)
        {
            case SubjectCategory.Organization:
                if (code is null)
                {
                    if (check.Has(PublicationField.SubjectCreditCode))
                    {
                        check.InvalidField(PublicationField.SubjectCreditCode, null, RecordMessages.OrganizationCodeEmpty);
                    }
                }
                else
                {
                    CheckCode(check, code);
                }

                break;
            case SubjectCategory.NaturalPerson:
                if (idNumber is null)
                {
                    // Websites may leave ID numbers out of what they show; the ledger and the platform must hold them.
                    if (check.Has(PublicationField.IdNumber) && check.Kind != UploadKind.Published)
                    {
                        check.InvalidField(PublicationField.IdNumber, null, RecordMessages.NaturalPersonIdEmpty);
                    }
                }
                else
                {
                    CheckIdNumber(check, idType, idNumber);
                }

                break;
            default:
                if (code is not null)
                {
                    CheckCode(check, code);
                }
                else if (idNumber is not null)
                {
                    CheckIdNumber(check, idType, idNumber);
                }

                break;
        }

        return new SubjectIdentity(category, code, idType, idNumber);
    }

    private static SubjectCategory ReadCategory(RowCheck check, string? code, string? idNumber)
    {
        var text = check.Text(PublicationField.SubjectCategory);
        if (text is not null)
        {
            if (SubjectCategoryNames.Parse(text) is { } stated)
            {
                return stated;
            }

            check.InvalidField(PublicationField.SubjectCategory, text, RecordMessages.Category(text));
        }

        return code is not null ? SubjectCategory.Organization
            : idNumber is not null ? SubjectCategory.NaturalPerson
            : SubjectCategory.Unknown;
    }

    private static void CheckCode(RowCheck check, string code)
    {
        var result = UnifiedSocialCreditCode.Validate(code);
        if (!result.IsValid)
        {
            check.InvalidCode(PublicationField.SubjectCreditCode, code,
                string.Join("；", result.Problems.Select(p => p.Message)), PublicationClauses.CreditCode);
        }
    }

    private static void CheckIdNumber(RowCheck check, string? idType, string idNumber)
    {
        if (!IdentityNumber.IsIdCardType(idType) || idNumber.Contains('*', StringComparison.Ordinal))
        {
            return;
        }

        var problems = IdentityNumber.Validate(idNumber);
        if (problems.Count > 0)
        {
            check.InvalidCode(PublicationField.IdNumber, idNumber, string.Join("；", problems), PublicationClauses.IdentityNumber);
        }
    }
}
