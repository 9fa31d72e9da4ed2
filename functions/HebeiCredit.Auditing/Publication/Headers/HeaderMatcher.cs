using HebeiCredit.Auditing.Publication.Sources;

namespace HebeiCredit.Auditing.Publication.Headers;

/// <summary>
/// Matches a file's header row to the 790号 fields through <see cref="HeaderAliases"/> and recognises the kind of
/// record from the headers that belong to one kind only (处罚机关, 许可决定日期, 罚款金额…).
/// </summary>
public static class HeaderMatcher
{
    public static HeaderMatch Match(IReadOnlyList<string> headers, UploadKind kind)
    {
        ArgumentNullException.ThrowIfNull(headers);
        var columns = new Dictionary<PublicationField, int>();
        var ignored = new List<string>();
        int penaltyVotes = 0, licensingVotes = 0;
        for (var i = 0; i < headers.Count; i++)
        {
            var alias = HeaderAliases.Find(headers[i]);
            if (alias is null || !columns.TryAdd(alias.Field, i))
            {
                if (HeaderText.Normalize(headers[i]).Length > 0)
                {
                    ignored.Add(HeaderText.Display(headers[i]));
                }

                continue;
            }

            penaltyVotes += alias.Kind == DecisionKind.Penalty ? 1 : 0;
            licensingVotes += alias.Kind == DecisionKind.Licensing ? 1 : 0;
        }

        var found = Found(headers);
        if (penaltyVotes == licensingVotes)
        {
            return HeaderMatch.Reject(null, HeaderMessages.KindUnknown(found, penaltyVotes > 0, kind));
        }

        var recordKind = penaltyVotes > licensingVotes ? DecisionKind.Penalty : DecisionKind.Licensing;
        var required = RequiredFields.For(kind);
        var missing = required.Where(f => !columns.ContainsKey(f)).ToList();
        if (missing.Count > 0)
        {
            return HeaderMatch.Reject(recordKind, HeaderMessages.MissingColumns(
                missing.Select(f => FieldNames.Of(f, recordKind)),
                found,
                required.Select(f => FieldNames.Of(f, recordKind))));
        }

        return new HeaderMatch(recordKind, columns, ignored, null);
    }

    private static string Found(IReadOnlyList<string> headers) =>
        headers.Count == 0 || headers.All(h => HeaderText.Normalize(h).Length == 0)
            ? "（无）"
            : string.Join("、", headers.Select(HeaderText.Display));
}
