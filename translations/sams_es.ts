<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_US" sourcelanguage="en">
<context>
    <name>MainWindow</name>
    <message>
        <source>SAMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation>Semana anterior</translation>
    </message>
    <message>
        <source>‹</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to this week</source>
        <translation>Ir a esta semana</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Semana siguiente</translation>
    </message>
    <message>
        <source>›</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No store selected</source>
        <translation>Ninguna tienda seleccionada</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>Stores</source>
        <translation>Tiendas</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous Week</source>
        <translation>Semana &amp;anterior</translation>
    </message>
    <message>
        <source>Alt+Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;This Week</source>
        <translation>&amp;Esta semana</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next Week</source>
        <translation>Semana &amp;siguiente</translation>
    </message>
    <message>
        <source>Alt+Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Recargar</translation>
    </message>
    <message>
        <source>F5</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Store Appointment Management System</source>
        <translation>Sistema de gestión de citas de tiendas</translation>
    </message>
    <message>
        <source>Database URL: sqlite:PATH or postgresql://...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render the window to a PNG and exit.</source>
        <translation>Guardar la ventana como PNG y salir.</translation>
    </message>
    <message>
        <source>Store code to show.</source>
        <translation>Código de la tienda que se muestra.</translation>
    </message>
    <message>
        <source>Day to show (YYYY-MM-DD).</source>
        <translation>Día que se muestra (AAAA-MM-DD).</translation>
    </message>
    <message>
        <source>week, day or month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; use YYYY-MM-DD.</source>
        <translation>&quot;%1&quot; no es una fecha; use AAAA-MM-DD.</translation>
    </message>
    <message>
        <source>Only the week view exists so far, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no store with the code &quot;%1&quot;.</source>
        <translation>No hay ninguna tienda con el código &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>No se puede escribir %1.</translation>
    </message>
</context>
<context>
    <name>sams::Appointment</name>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmada</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Registrada</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completada</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>No se presentó</translation>
    </message>
</context>
<context>
    <name>sams::ChainInserter</name>
    <message>
        <source>Writing stores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing chairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing date exceptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing zip codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing locks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing appointments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing work orders</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sams::Database</name>
    <message>
        <source>There is no SAMS database at %1.</source>
        <translation>No hay ninguna base de datos de SAMS en %1.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Qt SQL driver for %1 is not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>No se puede abrir %1: %2</translation>
    </message>
    <message>
        <source>Setting up SQLite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording the environment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sams::DatabaseUrl</name>
    <message>
        <source>The database URL &quot;%1&quot; names no SQLite file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database URL &quot;%1&quot; is not a valid PostgreSQL URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database URL &quot;%1&quot; names no database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database URL &quot;%1&quot; is neither sqlite:PATH nor postgresql://user@host:port/dbname.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sams::EnvironmentBadge</name>
    <message>
        <source>Local</source>
        <translation>Local</translation>
    </message>
    <message>
        <source>A local database: changes here affect no store.</source>
        <translation>Una base de datos local: los cambios aquí no afectan a ninguna tienda.</translation>
    </message>
    <message>
        <source>Staging</source>
        <translation>Pruebas</translation>
    </message>
    <message>
        <source>The staging database: a copy for trying changes.</source>
        <translation>La base de datos de pruebas: una copia para ensayar cambios.</translation>
    </message>
    <message>
        <source>PRODUCTION</source>
        <translation>PRODUCCIÓN</translation>
    </message>
    <message>
        <source>The live database of the stores: every change reaches customers.</source>
        <translation>La base de datos real de las tiendas: cada cambio llega a los clientes.</translation>
    </message>
</context>
<context>
    <name>sams::MainWindow</name>
    <message>
        <source>Database: %1</source>
        <translation>Base de datos: %1</translation>
    </message>
    <message>
        <source>PRODUCTION DATABASE: every change here reaches the stores and their customers.</source>
        <translation>BASE DE DATOS DE PRODUCCIÓN: cada cambio aquí llega a las tiendas y a sus clientes.</translation>
    </message>
    <message>
        <source>SAMS [PRODUCTION]</source>
        <translation>SAMS [PRODUCCIÓN]</translation>
    </message>
    <message>
        <source>No store selected</source>
        <translation>Ninguna tienda seleccionada</translation>
    </message>
    <message>
        <source>%1 · %2 – %3</source>
        <translation>%1 · %2 – %3</translation>
    </message>
    <message>
        <source>MMM d</source>
        <translation>d MMM</translation>
    </message>
    <message>
        <source>MMM d, yyyy</source>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <source>Times in store time, %1</source>
        <translation>Horas de la tienda, %1</translation>
    </message>
    <message>
        <source>Times in %1</source>
        <translation>Horas en %1</translation>
    </message>
    <message>
        <source>%1 — SAMS [PRODUCTION]</source>
        <translation>%1 — SAMS [PRODUCCIÓN]</translation>
    </message>
    <message>
        <source>%1 — SAMS</source>
        <translation>%1 — SAMS</translation>
    </message>
</context>
<context>
    <name>sams::Migrator</name>
    <message>
        <source>The schema_version table of this database cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This build of SAMS has no schema for the %1 driver.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database has schema version %1, but this SAMS knows versions up to %2 only. Open it with a newer SAMS; nothing was changed.</source>
        <translation>Esta base de datos tiene la versión de esquema %1, pero este SAMS solo conoce hasta la versión %2. Ábrala con un SAMS más reciente; no se cambió nada.</translation>
    </message>
    <message>
        <source>Recording the schema version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sams::SqlScheduleRepository</name>
    <message>
        <source>Reading open intervals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading stores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading chairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading date exceptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading zip codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading locks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading appointments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading work orders</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sams::StoreTreeModel</name>
    <message>
        <source>%1 (opens %2)</source>
        <translation>%1 (abre el %2)</translation>
    </message>
    <message>
        <source>%1 (closed)</source>
        <translation>%1 (cerrada)</translation>
    </message>
    <message>
        <source>%1 · %2
%3
Time zone: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (from %2)</source>
        <translation>%1 (desde el %2)</translation>
    </message>
    <message>
        <source>%1 (ended %2)</source>
        <translation>%1 (terminó el %2)</translation>
    </message>
    <message>
        <source>%1 (until %2)</source>
        <translation>%1 (hasta el %2)</translation>
    </message>
    <message>
        <source>MMM d</source>
        <translation>d MMM</translation>
    </message>
</context>
<context>
    <name>sams::WeekGridView</name>
    <message>
        <source>MMM d</source>
        <translation>d MMM</translation>
    </message>
</context>
<context>
    <name>sams::WeekScheduleModel</name>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1
%2
%3–%4 (%5)
%6</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sams::cli::InitCommand</name>
    <message>
        <source>Add a realistic demo chain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label the database local, staging or production.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>init takes no arguments, but got &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown environment &quot;%1&quot;: use local, staging or production.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data is never written into a production database.</source>
        <translation>Los datos de demostración nunca se escriben en una base de datos de producción.</translation>
    </message>
    <message>
        <source>Demo data goes only into an empty database, and %1 already holds stores.</source>
        <translation>Los datos de demostración solo van a una base de datos vacía, y %1 ya contiene tiendas.</translation>
    </message>
    <message>
        <source>Added demo data: %1 stores, %2 chairs, %3 appointments, %4 work orders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is at schema version %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sams::cli::Samsctl</name>
    <message>
        <source>usage: samsctl [--db URL] COMMAND [ARGS...]; commands: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
