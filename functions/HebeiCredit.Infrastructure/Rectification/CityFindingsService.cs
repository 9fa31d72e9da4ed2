using System.Net;
using System.Text.Json;
using HebeiCredit.Auditing.Findings;
using HebeiCredit.Infrastructure.Http;
using HebeiCredit.Infrastructure.Storage;

namespace HebeiCredit.Infrastructure.Rectification;

/// <summary>
/// The city loop behind the HTTP functions: a unit, authenticated by its own key, lists its findings and reports
/// fixes. A missing or wrong key is refused (401); a valid key never reaches another unit's findings (403): the
/// finding id carries its unit, and the store is only ever read in the key's own partition.
/// </summary>
public sealed class CityFindingsService(UnitKeyStore keys, FindingStore findings, TimeProvider clock)
{
    public const string KeyHeader = "X-Unit-Key";
    public const int MaxBodyBytes = 16 * 1024;
    public const int MaxActionLength = 2000;

    /// <summary>GET /api/units/{unit}/findings: the unit's findings not yet confirmed fixed.</summary>
    public async Task<ApiResponse> ListAsync(string? presentedKey, string unit, CancellationToken cancellationToken)
    {
        if (await AuthorizeAsync(presentedKey, unit, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        var open = (await findings.ListAsync(unit, cancellationToken))
            .Where(f => f.Status != FindingStatus.Fixed)
            .OrderBy(f => f.Finding.RuleId, StringComparer.Ordinal)
            .ThenBy(f => f.FirstSeen)
            .ThenBy(f => f.Finding.Key, StringComparer.Ordinal)
            .Select(CityFindingView.From)
            .ToList();
        return ApiResponse.Of(HttpStatusCode.OK, new { unit, count = open.Count, findings = open });
    }

    /// <summary>POST /api/findings/{id}/rectification: the unit reports it fixed a finding; the next audit confirms it.</summary>
    public async Task<ApiResponse> ReportAsync(string? presentedKey, string findingId, Stream body, CancellationToken cancellationToken)
    {
        var identity = await keys.VerifyAsync(presentedKey, cancellationToken);
        if (identity is null)
        {
            return Unauthorized(presentedKey);
        }

        if (FindingKey.UnitOf(findingId) is not { } unit)
        {
            return ApiResponse.Error(HttpStatusCode.NotFound, CityApiMessages.FindingNotFound(findingId));
        }

        if (unit != identity.Unit)
        {
            return ApiResponse.Error(HttpStatusCode.Forbidden, CityApiMessages.OtherUnit(identity.Unit, unit));
        }

        var (request, problem) = await ReadAsync(body, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var report = new RectificationReport(request!.Action!.Trim(), new Uri(request.EvidenceUrl!.Trim()), clock.GetUtcNow(), identity.KeyId);
        var (outcome, stored) = await findings.ReportFixAsync(unit, findingId, report, cancellationToken);
        return outcome switch
        {
            RectificationOutcome.Reported => ApiResponse.Of(HttpStatusCode.OK, CityFindingView.From(stored!)),
            RectificationOutcome.AlreadyFixed => ApiResponse.Error(HttpStatusCode.Conflict, CityApiMessages.AlreadyFixed),
            _ => ApiResponse.Error(HttpStatusCode.NotFound, CityApiMessages.FindingNotFound(findingId)),
        };
    }

    private async Task<ApiResponse?> AuthorizeAsync(string? presentedKey, string unit, CancellationToken cancellationToken)
    {
        var identity = await keys.VerifyAsync(presentedKey, cancellationToken);
        return identity is null ? Unauthorized(presentedKey)
            : identity.Unit != unit ? ApiResponse.Error(HttpStatusCode.Forbidden, CityApiMessages.OtherUnit(identity.Unit, unit))
            : null;
    }

    private static ApiResponse Unauthorized(string? presentedKey) =>
        ApiResponse.Error(HttpStatusCode.Unauthorized, string.IsNullOrWhiteSpace(presentedKey) ? CityApiMessages.KeyMissing : CityApiMessages.KeyInvalid);

    private static async Task<(RectificationRequest? Request, ApiResponse? Problem)> ReadAsync(Stream body, CancellationToken cancellationToken)
    {
        var buffer = new MemoryStream();
        var chunk = new byte[4096];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxBodyBytes)
            {
                return (null, ApiResponse.Error(HttpStatusCode.RequestEntityTooLarge, CityApiMessages.BodyTooLarge(MaxBodyBytes)));
            }

            buffer.Write(chunk, 0, read);
        }

        RectificationRequest? request;
        try
        {
            request = JsonSerializer.Deserialize<RectificationRequest>(buffer.ToArray(), StorageJson.Options);
        }
        catch (JsonException)
        {
            request = null;
        }

        if (request is null)
        {
            return (null, ApiResponse.Error(HttpStatusCode.BadRequest, CityApiMessages.ReportInvalid, [CityApiMessages.BodyNotJson]));
        }

        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(request.Action))
        {
            errors.Add(CityApiMessages.ActionMissing);
        }
        else if (request.Action.Trim().Length > MaxActionLength)
        {
            errors.Add(CityApiMessages.ActionTooLong(MaxActionLength));
        }

        if (string.IsNullOrWhiteSpace(request.EvidenceUrl))
        {
            errors.Add(CityApiMessages.EvidenceUrlMissing);
        }
        else if (!Uri.TryCreate(request.EvidenceUrl.Trim(), UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
        {
            errors.Add(CityApiMessages.EvidenceUrlInvalid);
        }

        return errors.Count > 0
            ? (null, ApiResponse.Error(HttpStatusCode.BadRequest, CityApiMessages.ReportInvalid, errors))
            : (request, null);
    }
}
