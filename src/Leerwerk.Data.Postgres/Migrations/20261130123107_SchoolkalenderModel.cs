using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Leerwerk.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class SchoolkalenderModel : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Schoolkalenders",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SchoolId = table.Column<int>(type: "integer", nullable: false),
                    Schooljaar = table.Column<int>(type: "integer", nullable: false),
                    EersteSchooldag = table.Column<DateOnly>(type: "date", nullable: false),
                    LaatsteSchooldag = table.Column<DateOnly>(type: "date", nullable: false),
                    EersteTijdvak = table.Column<DateOnly>(type: "date", nullable: false),
                    CspeVanaf = table.Column<DateOnly>(type: "date", nullable: false),
                    BevrijdingsdagVrij = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Schoolkalenders", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Schoolkalenders_Scholen_SchoolId",
                        column: x => x.SchoolId,
                        principalTable: "Scholen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "StageurenBeleid",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SchoolId = table.Column<int>(type: "integer", nullable: false),
                    UrenPerSchooljaar = table.Column<decimal>(type: "numeric(7,2)", precision: 7, scale: 2, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StageurenBeleid", x => x.Id);
                    table.ForeignKey(
                        name: "FK_StageurenBeleid_Scholen_SchoolId",
                        column: x => x.SchoolId,
                        principalTable: "Scholen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "KlasLesdagen",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SchoolId = table.Column<int>(type: "integer", nullable: false),
                    SchoolkalenderId = table.Column<int>(type: "integer", nullable: false),
                    ClassName = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Maandag = table.Column<bool>(type: "boolean", nullable: false),
                    Dinsdag = table.Column<bool>(type: "boolean", nullable: false),
                    Woensdag = table.Column<bool>(type: "boolean", nullable: false),
                    Donderdag = table.Column<bool>(type: "boolean", nullable: false),
                    Vrijdag = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_KlasLesdagen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_KlasLesdagen_Schoolkalenders_SchoolkalenderId",
                        column: x => x.SchoolkalenderId,
                        principalTable: "Schoolkalenders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "VrijePeriodes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SchoolId = table.Column<int>(type: "integer", nullable: false),
                    SchoolkalenderId = table.Column<int>(type: "integer", nullable: false),
                    Van = table.Column<DateOnly>(type: "date", nullable: false),
                    Tot = table.Column<DateOnly>(type: "date", nullable: false),
                    Omschrijving = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_VrijePeriodes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_VrijePeriodes_Schoolkalenders_SchoolkalenderId",
                        column: x => x.SchoolkalenderId,
                        principalTable: "Schoolkalenders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_KlasLesdagen_SchoolkalenderId_ClassName",
                table: "KlasLesdagen",
                columns: new[] { "SchoolkalenderId", "ClassName" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Schoolkalenders_SchoolId_Schooljaar",
                table: "Schoolkalenders",
                columns: new[] { "SchoolId", "Schooljaar" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_StageurenBeleid_SchoolId",
                table: "StageurenBeleid",
                column: "SchoolId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_VrijePeriodes_SchoolkalenderId",
                table: "VrijePeriodes",
                column: "SchoolkalenderId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "KlasLesdagen");

            migrationBuilder.DropTable(
                name: "StageurenBeleid");

            migrationBuilder.DropTable(
                name: "VrijePeriodes");

            migrationBuilder.DropTable(
                name: "Schoolkalenders");
        }
    }
}
