using System.Text.Json;
using System.Text.Json.Serialization;
using HebeiCredit.Auditing.Publication;

namespace HebeiCredit.Auditing.Policies;

/// <summary>
/// How many working days a decision has to reach the provincial platform, as versioned data with its sources
/// (deadlines.json, embedded; an override of the same format can be loaded). The first rule that covers a decision
/// applies; otherwise <see cref="Default"/> (7 working days, 国办发〔2015〕51号).
/// </summary>
public sealed record DeadlinePolicy(string Version, [property: JsonPropertyName("default")] DeadlineRule Fallback, IReadOnlyList<DeadlineRule> Rules)
{
    private const string ResourceName = "HebeiCredit.Auditing.Policies.deadlines.json";

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        ReadCommentHandling = JsonCommentHandling.Skip,
    };

    private static readonly Lazy<DeadlinePolicy> Embedded = new(() =>
    {
        using var stream = typeof(DeadlinePolicy).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing.");
        return Load(stream);
    });

    /// <summary>The embedded policy (deadlines.json).</summary>
    public static DeadlinePolicy Default => Embedded.Value;

    public DeadlineRule For(DecisionKind kind, string? authority, DateOnly decisionDate)
    {
        // A loop, not LINQ: the streaming tally asks once per decision, millions of times.
        foreach (var rule in Rules)
        {
            if (rule.Covers(kind, authority, decisionDate))
            {
                return rule;
            }
        }

        return Fallback;
    }

    /// <exception cref="InvalidDataException">Not valid policy data.</exception>
    public static DeadlinePolicy Load(Stream json)
    {
        DeadlinePolicy? policy;
        try
        {
            policy = JsonSerializer.Deserialize<DeadlinePolicy>(json, Options);
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"报送时限政策数据不是有效的JSON（{ex.Message}）", ex);
        }

        if (policy?.Fallback is null || string.IsNullOrWhiteSpace(policy.Version))
        {
            throw new InvalidDataException("报送时限政策数据缺少\"version\"或\"default\"");
        }

        var rules = policy.Rules ?? [];
        foreach (var rule in rules.Prepend(policy.Fallback))
        {
            if (rule.WorkingDays <= 0 || string.IsNullOrWhiteSpace(rule.Document) || string.IsNullOrWhiteSpace(rule.Clause))
            {
                throw new InvalidDataException($"报送时限规则“{rule.Name}”须有正的工作日数、文件号和条款");
            }
        }

        return policy with { Rules = rules };
    }
}
