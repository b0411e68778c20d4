// Every browser test builds a site and drives chromium: the whole assembly is slow, and
// `dotnet test --filter "Speed!=Slow"` leaves it out.
[assembly: AssemblyTrait("Speed", "Slow")]
