package dev.vitae.render;

import com.openhtmltopdf.extend.FSStream;
import com.openhtmltopdf.extend.FSStreamFactory;
import com.openhtmltopdf.extend.FSUriResolver;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceType;

import java.io.InputStream;
import java.io.Reader;
import java.util.List;
import java.util.function.BiPredicate;
import java.util.regex.Pattern;

/**
 * What the PDF renderer may load while it renders: nothing but images inlined as {@code data:} URIs (the
 * photo, which {@link PhotoFile} has already read from the résumé's folder). Stylesheets and fonts are handed
 * over directly, so every other request (a web address, a file, a class-path resource) is refused by three
 * independent locks: the access check, the URI resolver, and stream factories that open nothing.
 */
final class ResourceGuard implements BiPredicate<String, ExternalResourceType>, FSUriResolver {

    /** Protocols whose streams are replaced by ones that open nothing. */
    static final List<String> REFUSED_PROTOCOLS = List.of("http", "https", "file", "jar", "ftp", "classpath", "jrt");

    private static final Pattern INLINE_IMAGE = Pattern.compile("data:image/(png|jpeg|gif);base64,[A-Za-z0-9+/=\\s]*");

    @Override
    public boolean test(String uri, ExternalResourceType type) {
        return type == ExternalResourceType.IMAGE_RASTER && uri != null && INLINE_IMAGE.matcher(uri).matches();
    }

    @Override
    public String resolveURI(String baseUri, String uri) {
        return uri != null && INLINE_IMAGE.matcher(uri).matches() ? uri : null;
    }

    /** A stream factory that opens nothing, whatever it is asked for. */
    static final FSStreamFactory NOTHING = url -> new FSStream() {
        @Override
        public InputStream getStream() {
            return null;
        }

        @Override
        public Reader getReader() {
            return null;
        }
    };
}
