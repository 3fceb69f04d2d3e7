using System.Text;

namespace Leerwerk.Domain.Examens.Invoer;

/// <summary>Splits one CSV line on ';', honouring double quotes ("a;b" and "" for a quote inside).</summary>
internal static class CsvRegel
{
    public static List<string> Splits(string regel)
    {
        var velden = new List<string>();
        var veld = new StringBuilder();
        var tussenAanhalingstekens = false;
        for (var i = 0; i < regel.Length; i++)
        {
            var c = regel[i];
            if (tussenAanhalingstekens)
            {
                if (c == '"' && i + 1 < regel.Length && regel[i + 1] == '"')
                {
                    veld.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    tussenAanhalingstekens = false;
                }
                else
                {
                    veld.Append(c);
                }
            }
            else if (c == '"')
            {
                tussenAanhalingstekens = true;
            }
            else if (c == ';')
            {
                velden.Add(veld.ToString());
                veld.Clear();
            }
            else
            {
                veld.Append(c);
            }
        }

        velden.Add(veld.ToString());
        return velden;
    }
}
