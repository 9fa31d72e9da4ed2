namespace HebeiCredit.Infrastructure.Crawling;

/// <summary>
/// The rules of one host's robots.txt that apply to us (RFC 9309): the groups naming our product token, else the
/// "*" groups; the longest matching pattern decides, Allow winning a tie; /robots.txt itself is always allowed.
/// </summary>
internal sealed class RobotsRules(IReadOnlyList<RobotsRule> rules)
{
    public static readonly RobotsRules AllowAll = new([]);

    public IReadOnlyList<RobotsRule> Rules { get; } = rules;

    public bool IsAllowed(Uri url)
    {
        var path = url.PathAndQuery;
        if (path == "/robots.txt")
        {
            return true;
        }

        RobotsRule? best = null;
        foreach (var rule in Rules)
        {
            if (rule.Matches(path) && (best is null || rule.Pattern.Length > best.Pattern.Length || (rule.Pattern.Length == best.Pattern.Length && rule.Allow)))
            {
                best = rule;
            }
        }

        return best?.Allow ?? true;
    }

    public static RobotsRules Parse(string text, string productToken)
    {
        var ours = new List<RobotsRule>();
        var anyone = new List<RobotsRule>();
        var agents = new List<string>();
        var inRules = false;
        var namesUs = false;
        foreach (var rawLine in text.Split('\n'))
        {
            var line = rawLine.Split('#')[0].Trim();
            var colon = line.IndexOf(':');
            if (colon <= 0)
            {
                continue;
            }

            var key = line[..colon].Trim().ToLowerInvariant();
            var value = line[(colon + 1)..].Trim();
            if (key is "user-agent")
            {
                if (inRules)
                {
                    agents.Clear();
                    inRules = false;
                }

                agents.Add(value);
                namesUs |= value.Equals(productToken, StringComparison.OrdinalIgnoreCase);
                continue;
            }

            if (key is not ("allow" or "disallow") || agents.Count == 0)
            {
                continue;
            }

            inRules = true;
            if (value.Length == 0)
            {
                continue; // "Disallow:" with nothing disallows nothing
            }

            var rule = new RobotsRule(value, key == "allow");
            if (agents.Any(a => a.Equals(productToken, StringComparison.OrdinalIgnoreCase)))
            {
                ours.Add(rule);
            }

            if (agents.Contains("*"))
            {
                anyone.Add(rule);
            }
        }

        // A group naming us, even an empty one, replaces the "*" groups.
        return new RobotsRules(namesUs ? ours : anyone);
    }
}
