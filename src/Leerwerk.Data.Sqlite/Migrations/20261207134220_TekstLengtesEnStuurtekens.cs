using Leerwerk.Data.Tekst;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Leerwerk.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class TekstLengtesEnStuurtekens : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Text stored before every form and import refused control characters: cleaned, never shortened (ADR 0012).
            foreach (var kolom in StuurtekenOpschoning.Kolommen)
            {
                migrationBuilder.Sql(StuurtekenOpschoning.Sqlite(kolom));
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {

        }
    }
}
