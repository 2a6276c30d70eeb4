package org.reportintake.parser.failure;

import java.util.EnumMap;
import java.util.Map;

import org.reportintake.model.event.ParseFailure;
import org.reportintake.model.event.ParseFailureCode;
import org.reportintake.parser.ParserLimits;

/** Bilingual, actionable explanations for each failure code, written for the clerk who uploaded the file. */
public final class FailureMessages {

    private record Text(String zh, String en) {
    }

    private static final Map<ParseFailureCode, Text> TEXTS = new EnumMap<>(ParseFailureCode.class);

    static {
        put(ParseFailureCode.EMPTY_FILE,
                "上传的文件是空的（0字节）。请重新导出年度报告并再次上传。",
                "The uploaded file is empty (0 bytes). Please export the annual report again and re-upload it.");
        put(ParseFailureCode.UNSUPPORTED_FORMAT,
                "无法识别该文件格式。请上传Word（.docx/.doc/.wps）、带文字层的PDF、网页（.html）或文本（.txt）格式的年度报告。",
                "The file format is not recognised. Please upload the annual report as Word (.docx/.doc/.wps), a PDF with a text layer, a web page (.html) or plain text (.txt).");
        put(ParseFailureCode.CORRUPT_FILE,
                "文件已损坏或不完整，无法打开。请用办公软件重新打开并另存后再上传。",
                "The file is damaged or incomplete and cannot be opened. Please open it in your office software, save it again and re-upload it.");
        put(ParseFailureCode.ENCRYPTED,
                "文件设置了密码或加密，无法读取。请取消密码保护后重新上传。",
                "The file is password-protected or encrypted and cannot be read. Please remove the password protection and upload it again.");
        put(ParseFailureCode.IMAGE_ONLY,
                "PDF只有扫描图片，没有文字层，无法读取表格数据。请上传带文字层的PDF或Word原件。",
                "The PDF contains only scanned images and no text layer, so its tables cannot be read. Please upload a PDF with a text layer or the original Word file.");
        put(ParseFailureCode.NOT_A_REPORT,
                "文件中未找到政府信息公开工作年度报告的章节和表格。请确认上传的是年度报告正文。",
                "No sections or tables of a government information disclosure annual report were found. Please check that you uploaded the annual report itself.");
        put(ParseFailureCode.LEGACY_FORMAT,
                "该报告使用2019年以前的旧格式（政府信息公开情况统计表），不适用现行表格。请按国办公开办函〔2021〕30号格式编制后上传。",
                "This report uses the pre-2019 format (a statistics table) rather than the national tables. Please prepare it in the format of notice 〔2021〕30号 and upload it again.");
        put(ParseFailureCode.TOO_LARGE,
                "文件超过大小上限（%1$s）。请删除图片等非必要内容或压缩后重新上传。",
                "The file is larger than the allowed size (%1$s). Please remove images or other non-essential content and upload it again.");
        put(ParseFailureCode.TOO_MANY_PAGES,
                "文件页数超过上限（%2$s页）。请只上传年度报告本身，不要附带其他材料。",
                "The file has more pages than allowed (%2$s). Please upload the annual report on its own, without attachments.");
        put(ParseFailureCode.DECOMPRESSION_BOMB,
                "文件解压后体积异常巨大，出于安全原因已拒绝。请用办公软件重新保存后上传。",
                "The file expands to an abnormally large size when unpacked and was rejected for safety. Please save it again in your office software and re-upload it.");
        put(ParseFailureCode.EXTERNAL_ENTITY,
                "文件包含引用外部资源的XML声明，出于安全原因已拒绝。请用办公软件重新另存为.docx后上传。",
                "The file contains XML declarations that refer to external resources and was rejected for safety. Please re-save it as .docx in your office software and upload it again.");
        put(ParseFailureCode.UNREADABLE_ENCODING,
                "无法识别文件的文字编码。请将文本另存为UTF-8编码后重新上传，或上传Word原件。",
                "The text encoding of the file could not be recognised. Please save the text as UTF-8 and upload it again, or upload the original Word file.");
        put(ParseFailureCode.TIMEOUT,
                "文件处理超时。请检查文件是否异常复杂或过大，另存为精简版本后重新上传。",
                "Reading the file took too long. Please check whether it is unusually complex or large, save a simpler copy and upload it again.");
        put(ParseFailureCode.FILE_MISSING,
                "未找到上传的文件。请重新上传。",
                "The uploaded file could not be found. Please upload it again.");
        put(ParseFailureCode.INTERNAL_ERROR,
                "系统处理该文件时出错。请稍后重试；如仍失败，请联系平台管理员。",
                "The system failed while reading this file. Please try again later; if it still fails, contact the platform administrator.");
    }

    private FailureMessages() {
    }

    private static void put(ParseFailureCode code, String zh, String en) {
        TEXTS.put(code, new Text(zh, en));
    }

    /** The message for a code; size and page limits are filled in from {@code limits} so the clerk knows them. */
    public static ParseFailure of(ParseFailureCode code, ParserLimits limits) {
        Text text = TEXTS.getOrDefault(code, TEXTS.get(ParseFailureCode.INTERNAL_ERROR));
        String size = limits.maxBytes() % (1024 * 1024) == 0
                ? limits.maxBytes() / (1024 * 1024) + " MB" : limits.maxBytes() + " bytes";
        String pages = String.valueOf(limits.maxPages());
        return new ParseFailure(code, String.format(text.zh(), size, pages), String.format(text.en(), size, pages));
    }
}
