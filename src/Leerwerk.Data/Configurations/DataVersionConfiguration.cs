using Leerwerk.Data.Versies;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Leerwerk.Data.Configurations;

/// <summary>
/// No foreign key to the schools: the version of a school that is removed (the demo) is raised one last time and kept,
/// so a result computed while it existed can never match again.
/// </summary>
internal sealed class DataVersionConfiguration : IEntityTypeConfiguration<DataVersion>
{
    public void Configure(EntityTypeBuilder<DataVersion> builder)
    {
        builder.ToTable("DataVersions");
        builder.HasKey(v => v.SchoolId);
        builder.Property(v => v.SchoolId).ValueGeneratedNever();
    }
}
