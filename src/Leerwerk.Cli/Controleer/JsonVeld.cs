using System.Globalization;
using System.Text.Json;

namespace Leerwerk.Cli.Controleer;

/// <summary>
/// Reads typed values out of one JSON object and records a Dutch error naming the path
/// (e.g. <c>dossiers[0].plaatsingen[1].startDate</c>) for every value that is missing or wrong.
/// </summary>
internal sealed class JsonVeld(JsonElement element, string path, List<string> errors)
{
    public string Path => path;

    public JsonVeld? Object(string name, bool required = false)
    {
        var value = Get(name, required);
        if (value is null)
        {
            return null;
        }

        if (value.Value.ValueKind != JsonValueKind.Object)
        {
            Error(name, "moet een JSON-object zijn");
            return null;
        }

        return new JsonVeld(value.Value, $"{path}.{name}", errors);
    }

    public IEnumerable<JsonVeld> Array(string name)
    {
        var value = Get(name, required: false);
        if (value is null)
        {
            yield break;
        }

        if (value.Value.ValueKind != JsonValueKind.Array)
        {
            Error(name, "moet een JSON-array zijn");
            yield break;
        }

        var index = 0;
        foreach (var item in value.Value.EnumerateArray())
        {
            var itemPath = string.Create(CultureInfo.InvariantCulture, $"{path}.{name}[{index++}]");
            if (item.ValueKind != JsonValueKind.Object)
            {
                errors.Add($"{itemPath}: moet een JSON-object zijn.");
                continue;
            }

            yield return new JsonVeld(item, itemPath, errors);
        }
    }

    public string? Text(string name, bool required = false)
    {
        var value = Get(name, required);
        if (value is null)
        {
            return null;
        }

        if (value.Value.ValueKind != JsonValueKind.String)
        {
            Error(name, "moet tekst zijn");
            return null;
        }

        var text = value.Value.GetString();
        if (required && string.IsNullOrWhiteSpace(text))
        {
            Error(name, "mag niet leeg zijn");
        }

        return text;
    }

    public DateOnly? Date(string name, bool required = false)
    {
        var text = Text(name, required);
        if (text is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        Error(name, $"'{text}' is geen geldige datum (gebruik JJJJ-MM-DD)");
        return null;
    }

    public decimal? Decimal(string name, bool required = false)
    {
        var value = Get(name, required);
        if (value is null)
        {
            return null;
        }

        if (value.Value.ValueKind == JsonValueKind.Number && value.Value.TryGetDecimal(out var number))
        {
            return number;
        }

        Error(name, $"{value.Value.GetRawText()} is geen getal");
        return null;
    }

    public int? Int(string name, bool required = false)
    {
        var value = Get(name, required);
        if (value is null)
        {
            return null;
        }

        if (value.Value.ValueKind == JsonValueKind.Number && value.Value.TryGetInt32(out var number))
        {
            return number;
        }

        Error(name, $"{value.Value.GetRawText()} is geen geheel getal");
        return null;
    }

    public bool? Bool(string name)
    {
        var value = Get(name, required: false);
        if (value is null)
        {
            return null;
        }

        if (value.Value.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            return value.Value.GetBoolean();
        }

        Error(name, "moet true of false zijn");
        return null;
    }

    /// <summary>An enum value by name, ignoring case, '-' and '_', or by one of the aliases.</summary>
    public T? Enum<T>(string name, bool required = false, IReadOnlyDictionary<string, T>? aliases = null)
        where T : struct, Enum
    {
        var text = Text(name, required);
        if (text is null)
        {
            return null;
        }

        var key = Normalize(text);
        if (aliases is not null && aliases.TryGetValue(key, out var alias))
        {
            return alias;
        }

        foreach (var value in System.Enum.GetValues<T>())
        {
            if (Normalize(value.ToString()) == key)
            {
                return value;
            }
        }

        var allowed = string.Join(", ", System.Enum.GetNames<T>().Select(n => n.ToLowerInvariant()));
        Error(name, $"'{text}' is geen geldige waarde (toegestaan: {allowed})");
        return null;
    }

    public void Error(string name, string message) => errors.Add($"{path}.{name}: {message}.");

    private static string Normalize(string text) =>
        new([.. text.Where(c => c is not ('-' or '_' or ' ')).Select(char.ToLowerInvariant)]);

    private JsonElement? Get(string name, bool required)
    {
        if (element.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null)
        {
            return value;
        }

        if (required)
        {
            Error(name, "ontbreekt");
        }

        return null;
    }
}
