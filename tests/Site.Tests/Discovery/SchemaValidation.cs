using System.Xml;
using System.Xml.Schema;
using Site.Testing;

namespace Site.Tests.Discovery;

/// <summary>Validates an XML file against the XSDs in Discovery/Schemas with System.Xml.Schema: every
/// error and warning (an element no schema declares, under strict processing) is a failure.</summary>
public static class SchemaValidation
{
    public static IReadOnlyList<string> Problems(string xmlFile, params string[] schemas)
    {
        var settings = new XmlReaderSettings { ValidationType = ValidationType.Schema, DtdProcessing = DtdProcessing.Prohibit };
        settings.ValidationFlags |= XmlSchemaValidationFlags.ReportValidationWarnings;
        foreach (var name in schemas)
            settings.Schemas.Add(null, Path.Combine(Repo.Root, "tests", "Site.Tests", "Discovery", "Schemas", name));
        var problems = new List<string>();
        settings.ValidationEventHandler += (_, e) => problems.Add($"{e.Severity} {e.Exception?.LineNumber}:{e.Exception?.LinePosition}: {e.Message}");
        using var reader = XmlReader.Create(xmlFile, settings);
        while (reader.Read()) { }
        return problems;
    }

    public static void AssertValid(string xmlFile, params string[] schemas)
    {
        var problems = Problems(xmlFile, schemas);
        Assert.True(problems.Count == 0, $"{xmlFile}:\n{string.Join("\n", problems)}");
    }
}
