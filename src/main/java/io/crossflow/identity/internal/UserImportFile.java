package io.crossflow.identity.internal;

import io.crossflow.shared.InvalidInputException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.tika.parser.txt.CharsetDetector;
import org.apache.tika.parser.txt.CharsetMatch;

/**
 * Reads a user import file (docs/administration.md, "Bulk import") into rows of named columns: a
 * CSV in UTF-8 (with or without a byte-order mark) or in the legacy Chinese encodings Excel writes
 * (GBK/GB18030, recognised by Tika's charset detector when the bytes are no valid UTF-8), or the
 * first sheet of an XLSX workbook. The first row names the columns, in English or Chinese.
 * Row numbers are the spreadsheet's own (the header is row 1), so a person finds the row.
 */
final class UserImportFile {

    static final int MAX_ROWS = 2000;
    static final long MAX_BYTES = 2L * 1024 * 1024;
    static final String MISSING_COLUMNS =
            "The file needs the columns name, email and organisation in its first row (capabilities, mobile and language are optional).";
    static final String UNREADABLE =
            "The file is neither a CSV nor an XLSX file that can be read. Save it as CSV (UTF-8) or XLSX and upload it again.";
    static final String OLD_EXCEL =
            "Excel 97-2003 files (.xls) cannot be read. Save the file as .xlsx or CSV and upload it again.";
    static final String NO_FILE = "Choose a CSV or XLSX file to import.";
    static final String TOO_LARGE = "The file is larger than 2 MB; split it into smaller files.";
    static final String EMPTY = "The file holds no users below its header row.";

    /** The columns an import knows, with the header names a person may use for each. */
    enum Column {
        NAME("name", "display name", "displayname", "姓名", "名字", "显示名称"),
        EMAIL("email", "e-mail", "mail", "e-mail address", "email address", "邮箱", "电子邮件", "电子邮箱", "邮件"),
        MOBILE("mobile", "phone", "mobile phone", "手机", "手机号", "手机号码", "电话"),
        ORGANISATION("organisation", "organization", "company", "组织", "单位", "公司", "所属组织"),
        CAPABILITIES("capabilities", "capability", "roles", "role", "能力", "权限", "角色"),
        LANGUAGE("language", "语言");

        final String key;
        final List<String> names;

        Column(String key, String... names) {
            this.key = key;
            List<String> all = new ArrayList<>(List.of(names));
            all.add(0, key);
            this.names = List.copyOf(all);
        }

        static Column named(String header) {
            String wanted = header.strip().toLowerCase(Locale.ROOT).replace('_', ' ');
            for (Column column : values()) {
                if (column.names.contains(wanted)) {
                    return column;
                }
            }
            return null;
        }
    }

    /** One data row: its number in the spreadsheet and its cells by column (blank: absent). */
    record Line(int row, Map<Column, String> cells) {
        String get(Column column) {
            String value = cells.get(column);
            return value == null || value.isBlank() ? null : value.strip();
        }
    }

    private UserImportFile() {}

    static List<Line> read(String fileName, byte[] content) {
        if (content == null || content.length == 0) {
            throw InvalidInputException.field("file", NO_FILE);
        }
        if (content.length > MAX_BYTES) {
            throw InvalidInputException.field("file", TOO_LARGE);
        }
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        List<List<String>> table;
        if (startsWith(content, 0x50, 0x4B, 0x03, 0x04)) {
            table = xlsx(content);
        } else if (startsWith(content, 0xD0, 0xCF, 0x11, 0xE0) || name.endsWith(".xls")) {
            throw InvalidInputException.field("file", OLD_EXCEL);
        } else {
            table = csv(decode(content));
        }
        return lines(table);
    }

    /** The text of a CSV file: UTF-8 when the bytes are (a BOM is dropped), else what the detector finds. */
    static String decode(byte[] content) {
        if (startsWith(content, 0xEF, 0xBB, 0xBF)) {
            return new String(content, 3, content.length - 3, StandardCharsets.UTF_8);
        }
        if (startsWith(content, 0xFF, 0xFE)) {
            return new String(content, 2, content.length - 2, StandardCharsets.UTF_16LE);
        }
        if (startsWith(content, 0xFE, 0xFF)) {
            return new String(content, 2, content.length - 2, StandardCharsets.UTF_16BE);
        }
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content))
                    .toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(content, legacyCharset(content));
        }
    }

    /**
     * The encoding of bytes that are no UTF-8. Excel saves "CSV" on a Chinese Windows in GBK; the
     * detector tells it from Big5, Shift-JIS and the single-byte sets. GB18030 reads every GBK file.
     */
    private static Charset legacyCharset(byte[] content) {
        CharsetDetector detector = new CharsetDetector();
        detector.setText(content);
        CharsetMatch match = detector.detect();
        String detected = match == null ? "GB18030" : match.getName();
        if (detected.equalsIgnoreCase("GB18030")
                || detected.equalsIgnoreCase("GBK")
                || detected.equalsIgnoreCase("GB2312")) {
            return Charset.forName("GB18030");
        }
        try {
            return Charset.forName(detected);
        } catch (IllegalArgumentException unknown) {
            return Charset.forName("GB18030");
        }
    }

    private static List<List<String>> csv(String text) {
        String firstLine = text.lines().findFirst().orElse("");
        char delimiter = firstLine.indexOf('\t') >= 0 && firstLine.indexOf(',') < 0 ? '\t' : ',';
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setDelimiter(delimiter)
                .setIgnoreEmptyLines(false)
                .get();
        List<List<String>> table = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            for (CSVRecord record : parser) {
                if (table.size() > MAX_ROWS + 1) {
                    break;
                }
                table.add(record.toList());
            }
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
            throw InvalidInputException.field("file", UNREADABLE);
        }
        return table;
    }

    private static List<List<String>> xlsx(byte[] content) {
        List<List<String>> table = new ArrayList<>();
        DataFormatter formatter = new DataFormatter(Locale.ROOT);
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            Sheet sheet = workbook.getSheetAt(0);
            int last = Math.min(sheet.getLastRowNum(), MAX_ROWS + 1);
            for (int r = 0; r <= last; r++) {
                Row row = sheet.getRow(r);
                List<String> cells = new ArrayList<>();
                if (row != null) {
                    for (int c = 0; c < Math.min(row.getLastCellNum(), 50); c++) {
                        Cell cell = row.getCell(c);
                        cells.add(cell == null ? "" : formatter.formatCellValue(cell));
                    }
                }
                table.add(cells);
            }
        } catch (IOException | RuntimeException e) {
            throw InvalidInputException.field("file", UNREADABLE);
        }
        return table;
    }

    private static List<Line> lines(List<List<String>> table) {
        if (table.isEmpty()) {
            throw InvalidInputException.field("file", MISSING_COLUMNS);
        }
        Map<Integer, Column> columns = new LinkedHashMap<>();
        List<String> header = table.get(0);
        for (int i = 0; i < header.size(); i++) {
            Column column = header.get(i) == null ? null : Column.named(stripBom(header.get(i)));
            if (column != null && !columns.containsValue(column)) {
                columns.put(i, column);
            }
        }
        if (!columns.containsValue(Column.NAME)
                || !columns.containsValue(Column.EMAIL)
                || !columns.containsValue(Column.ORGANISATION)) {
            throw InvalidInputException.field("file", MISSING_COLUMNS);
        }
        List<Line> lines = new ArrayList<>();
        for (int r = 1; r < table.size(); r++) {
            List<String> cells = table.get(r);
            Map<Column, String> values = new EnumMap<>(Column.class);
            columns.forEach((index, column) -> {
                if (index < cells.size() && cells.get(index) != null) {
                    values.put(column, cells.get(index));
                }
            });
            if (values.values().stream().allMatch(String::isBlank)) {
                continue; // blank lines (Excel leaves some at the end) are no users
            }
            lines.add(new Line(r + 1, values));
        }
        if (lines.isEmpty()) {
            throw InvalidInputException.field("file", EMPTY);
        }
        if (lines.size() > MAX_ROWS) {
            throw InvalidInputException.field(
                    "file", "The file holds more than " + MAX_ROWS + " users; split it into smaller files.");
        }
        return lines;
    }

    /**
     * An empty import file with its header row and one example row: {@code xlsx}, or else a CSV in
     * UTF-8 with a byte-order mark (so Excel opens its Chinese right).
     */
    static byte[] template(String format, boolean chinese) {
        List<String> header = chinese
                ? List.of("姓名", "邮箱", "手机", "组织", "能力", "语言")
                : List.of("name", "email", "mobile", "organisation", "capabilities", "language");
        List<String> example = chinese
                ? List.of(
                        "李伟",
                        "li.wei@hdcasting.cn",
                        "+86 138 0013 8000",
                        "HDJM",
                        "PARTNER_MANAGER;PARTNER_MEMBER",
                        "zh-CN")
                : List.of(
                        "Li Wei",
                        "li.wei@hdcasting.cn",
                        "+86 138 0013 8000",
                        "HDJM",
                        "PARTNER_MANAGER;PARTNER_MEMBER",
                        "en");
        if ("xlsx".equals(format)) {
            try (XSSFWorkbook workbook = new XSSFWorkbook();
                    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
                Sheet sheet = workbook.createSheet(chinese ? "用户" : "Users");
                List<List<String>> rows = List.of(header, example);
                for (int r = 0; r < rows.size(); r++) {
                    Row row = sheet.createRow(r);
                    for (int c = 0; c < rows.get(r).size(); c++) {
                        row.createCell(c).setCellValue(rows.get(r).get(c));
                    }
                }
                for (int c = 0; c < header.size(); c++) {
                    sheet.setColumnWidth(c, 24 * 256);
                }
                workbook.write(out);
                return out.toByteArray();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        StringBuilder csv = new StringBuilder("\uFEFF");
        try (org.apache.commons.csv.CSVPrinter printer =
                new org.apache.commons.csv.CSVPrinter(csv, CSVFormat.DEFAULT)) {
            printer.printRecord(header);
            printer.printRecord(example);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String stripBom(String header) {
        return header.startsWith("\uFEFF") ? header.substring(1) : header;
    }

    private static boolean startsWith(byte[] content, int... prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((content[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
