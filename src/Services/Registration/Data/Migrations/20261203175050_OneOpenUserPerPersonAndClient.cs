using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Kazynashylyk.Registration.Data.Migrations
{
    /// <inheritdoc />
    public partial class OneOpenUserPerPersonAndClient : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_system_users_ClientId_IinHmac",
                table: "system_users");

            migrationBuilder.CreateIndex(
                name: "IX_system_users_ClientId_IinHmac",
                table: "system_users",
                columns: new[] { "ClientId", "IinHmac" },
                unique: true,
                filter: "\"Status\" IN ('pending', 'active')");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_system_users_ClientId_IinHmac",
                table: "system_users");

            migrationBuilder.UpdateData(
                table: "roles",
                keyColumn: "Code",
                keyValue: "chief-accountant",
                columns: new[] { "DocumentTypes", "QualifyingEkus" },
                values: new object[] { new List<string> { "registration-form", "eds-agreement", "supplementary-agreement", "financing-plan-change", "payment-invoice" }, new List<string> { "1.2.398.3.3.4.1.2.2", "1.2.398.3.3.4.1.2.3" } });

            migrationBuilder.UpdateData(
                table: "roles",
                keyColumn: "Code",
                keyValue: "first-head",
                columns: new[] { "DocumentTypes", "QualifyingEkus" },
                values: new object[] { new List<string> { "registration-form", "eds-agreement", "supplementary-agreement", "power-of-attorney", "access-application", "financing-plan-change", "payment-invoice" }, new List<string> { "1.2.398.3.3.4.1.2.1" } });

            migrationBuilder.UpdateData(
                table: "roles",
                keyColumn: "Code",
                keyValue: "preparer",
                columns: new[] { "DocumentTypes", "QualifyingEkus" },
                values: new object[] { new List<string> { "registration-form", "eds-agreement", "supplementary-agreement", "supporting-document" }, new List<string> { "1.2.398.3.3.4.1.2.2", "1.2.398.3.3.4.1.2.3", "1.2.398.3.3.4.1.2.5" } });

            migrationBuilder.CreateIndex(
                name: "IX_system_users_ClientId_IinHmac",
                table: "system_users",
                columns: new[] { "ClientId", "IinHmac" });
        }
    }
}
