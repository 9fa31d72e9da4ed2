using HebeiCredit.Auditing.Publication.Records;

namespace HebeiCredit.Auditing.Publication.Matching;

/// <summary>
/// Groups a unit's records into decisions by normalised 文书号 plus the deciding authority where present. A record
/// without an authority joins the only decision of its 文书号 that has one; when several authorities share the
/// number it cannot be placed and stays a decision of its own. Records without a 文书号 are not matched (the row
/// check has flagged them).
/// </summary>
internal static class DecisionMatcher
{
    public static IReadOnlyList<Decision> Match(IEnumerable<PublicationRecord> records)
    {
        var decisions = new List<Decision>();
        foreach (var group in records.Where(r => r.Document is { Key.Length: > 0 }).GroupBy(r => r.Document!.Value.Key, StringComparer.Ordinal))
        {
            var byAuthority = new Dictionary<string, Decision>(StringComparer.Ordinal);
            var unplaced = new List<PublicationRecord>();
            foreach (var record in group)
            {
                if (AuthorityNames.Normalize(record.Authority) is { } authority)
                {
                    if (!byAuthority.TryGetValue(authority, out var decision))
                    {
                        byAuthority[authority] = decision = new Decision(group.Key, authority);
                        decisions.Add(decision);
                    }

                    decision.Records.Add(record);
                }
                else
                {
                    unplaced.Add(record);
                }
            }

            if (unplaced.Count == 0)
            {
                continue;
            }

            if (byAuthority.Count == 1)
            {
                byAuthority.Values.Single().Records.AddRange(unplaced);
            }
            else
            {
                var orphan = new Decision(group.Key, null);
                orphan.Records.AddRange(unplaced);
                decisions.Add(orphan);
            }
        }

        return decisions;
    }
}
