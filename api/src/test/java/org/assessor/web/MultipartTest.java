package org.assessor.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading the multipart forms browsers send: fields, files (binary kept as is), and bodies cut short. */
class MultipartTest {
    private static final String BODY = "--XyZ\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\ntoken\r\n"
            + "--XyZ\r\nContent-Disposition: form-data; name=\"files\"; filename=\"C:\\\\rules\\\\manifest.json\"\r\n"
            + "Content-Type: application/json\r\n\r\n{\"a\":\r\n1}\r\n"
            + "--XyZ\r\nContent-Disposition: form-data; name=\"tests\"; filename=\"\"\r\n\r\n\r\n--XyZ--\r\n";

    @Test
    void fieldsAndFilesAreReadWithTheirNames() {
        assertThat(Multipart.boundary("multipart/form-data; boundary=\"XyZ\"")).hasValue("XyZ");
        assertThat(Multipart.boundary("multipart/form-data; boundary=XyZ; charset=utf-8")).hasValue("XyZ");
        List<Multipart.Part> parts = Multipart.parse(BODY.getBytes(StandardCharsets.UTF_8), "XyZ");

        assertThat(parts).hasSize(3);
        assertThat(Multipart.field(parts, "_csrf")).hasValue("token");
        assertThat(parts.get(1).filename()).isEqualTo("C:\\\\rules\\\\manifest.json");
        assertThat(parts.get(1).text()).isEqualTo("{\"a\":\r\n1}");
        assertThat(parts.get(2).filename()).isEmpty();
        UploadForm form = UploadForm.of(parts);
        assertThat(form.files()).containsOnlyKeys("manifest.json");
    }

    @Test
    void aBodyCutShortYieldsThePartsBeforeTheCutAndNoTokenFromAFilesName() {
        byte[] cut = BODY.substring(0, BODY.indexOf("{\"a\"")).getBytes(StandardCharsets.UTF_8);
        assertThat(Multipart.parse(cut, "XyZ")).extracting(Multipart.Part::name).containsExactly("_csrf");
        String fileNamedCsrf = "--b\r\nContent-Disposition: form-data; name=\"_csrf\"; filename=\"t\"\r\n\r\ntoken\r\n--b--";
        assertThat(Multipart.field(Multipart.parse(fileNamedCsrf.getBytes(StandardCharsets.UTF_8), "b"), "_csrf")).isEmpty();
        assertThat(Multipart.boundary("multipart/form-data")).isEmpty();
    }
}
