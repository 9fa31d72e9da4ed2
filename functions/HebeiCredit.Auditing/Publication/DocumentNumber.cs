namespace HebeiCredit.Auditing.Publication;

/// <summary>
/// A 文书号 (e.g. 冀石市监罚〔2021〕12号) with the key that matches the same decision across sources: two spellings of
/// one number share a key, different numbers never do. Equality is by key.
/// </summary>
/// <param name="Original">The number as the source wrote it.</param>
/// <param name="Key">The normalised form; see <see cref="Normalize"/>.</param>
public readonly record struct DocumentNumber(string Original, string Key)
{
    public static DocumentNumber From(string original) => new(original, Normalize(original));

    /// <summary>
    /// The matching key of a 文书号: whitespace removed, full-width digits and letters half-width, Latin upper case,
    /// every bracket form 〔〕, every dash form "-", "第" dropped before a serial number, leading zeros of the serial
    /// number dropped, and "号" supplied after a serial that ends the number right after the year.
    /// </summary>
    public static string Normalize(string original)
    {
        ArgumentNullException.ThrowIfNull(original);
        return DocumentNumberNormalizer.Normalize(original);
    }

    /// <summary>
    /// <see cref="Normalize(string)"/> without a string: writes the key to <paramref name="destination"/>, which must
    /// be at least <c>original.Length + 1</c> long, and returns its length.
    /// </summary>
    public static int Normalize(ReadOnlySpan<char> original, Span<char> destination) =>
        DocumentNumberNormalizer.Normalize(original, destination);

    public bool Equals(DocumentNumber other) => string.Equals(Key, other.Key, StringComparison.Ordinal);

    public override int GetHashCode() => Key is null ? 0 : StringComparer.Ordinal.GetHashCode(Key);

    public override string ToString() => Original ?? string.Empty;
}
