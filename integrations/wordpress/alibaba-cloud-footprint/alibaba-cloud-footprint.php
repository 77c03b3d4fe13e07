<?php
/**
 * Plugin Name:       Alibaba Cloud Footprint
 * Description:       Embeds the Alibaba Cloud Footprint map: the [alibaba-cloud-map] shortcode, and a map address pasted alone on a line or in an Embed block.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * License:           MIT
 * Text Domain:       alibaba-cloud-footprint
 *
 * The map's address comes from the constant FOOTPRINT_MAP_URL, else from the filter
 * footprint_map_url, e.g. https://maps.example.org/footprint/ (ending in a slash). Without one the
 * plugin prints nothing and shows a notice in the dashboard.
 *
 * @package AlibabaCloudFootprint
 */

defined( 'ABSPATH' ) || exit;

const FOOTPRINT_SCRIPT_HANDLE = 'alibaba-cloud-footprint-resize';
/** The plugin's version (the header's), which names its copy of the resize script for caches. */
const FOOTPRINT_VERSION = '0.1.0';

/** The map's address: an http(s) URL ending in a slash, without query or fragment; else ''. */
function footprint_map_url() {
	$url   = defined( 'FOOTPRINT_MAP_URL' ) ? FOOTPRINT_MAP_URL : apply_filters( 'footprint_map_url', '' );
	$parts = is_string( $url ) ? wp_parse_url( $url ) : false;
	$valid = is_array( $parts ) && isset( $parts['scheme'], $parts['host'] )
		&& in_array( strtolower( $parts['scheme'] ), array( 'http', 'https' ), true )
		&& ! isset( $parts['user'] ) && ! isset( $parts['query'] ) && ! isset( $parts['fragment'] )
		&& '/' === substr( $url, -1 ) && esc_url_raw( $url ) === $url;
	return $valid ? $url : '';
}

/** Keeps the values that pass their check; anything else is dropped, never echoed. */
function footprint_clean( array $values ) {
	$get   = function ( $key ) use ( $values ) {
		return isset( $values[ $key ] ) && is_string( $values[ $key ] ) ? $values[ $key ] : '';
	};
	$clean = array( 'height' => 780 );
	// An archived embed keeps one version of the data, a day: the map publishes it under v/DAY/.
	if ( preg_match( '/\A(\d{4})-(\d{2})-(\d{2})\z/', $get( 'version' ), $day ) && checkdate( (int) $day[2], (int) $day[3], (int) $day[1] ) ) {
		$clean['version'] = $get( 'version' );
	}
	// The map writes a page for each year from its first region's to the year it was built in (a
	// version's, for an archive), so a later year would be an iframe of a missing page: such a year
	// is dropped (the latest shows).
	$last = isset( $clean['version'] ) ? (int) substr( $clean['version'], 0, 4 ) : (int) gmdate( 'Y' );
	if ( preg_match( '/\A\d{4}\z/', $get( 'year' ) ) && (int) $get( 'year' ) >= 2009 && (int) $get( 'year' ) <= $last ) {
		$clean['year'] = (int) $get( 'year' );
	}
	if ( strlen( $get( 'region' ) ) <= 64 && preg_match( '/\A[a-z0-9]+(?:-[a-z0-9]+)*\z/', $get( 'region' ) ) ) {
		$clean['region'] = $get( 'region' );
	}
	if ( in_array( $get( 'theme' ), array( 'light', 'dark', 'auto' ), true ) ) {
		$clean['theme'] = $get( 'theme' );
	}
	if ( in_array( $get( 'lang' ), array( 'en', 'zh-CN' ), true ) ) {
		$clean['lang'] = $get( 'lang' );
	}
	// Other providers' layers beside Alibaba's, in the map's own order; unknown names are dropped.
	$asked   = array_map( 'trim', explode( ',', strtolower( substr( $get( 'compare' ), 0, 64 ) ) ) );
	$compare = array_values( array_intersect( array( 'aws', 'azure', 'google' ), $asked ) );
	if ( $compare ) {
		$clean['compare'] = implode( ',', $compare );
	}
	if ( preg_match( '/\A\d{3,4}\z/', $get( 'height' ) ) && (int) $get( 'height' ) >= 300 && (int) $get( 'height' ) <= 1000 ) {
		$clean['height'] = (int) $get( 'height' );
	}
	return $clean;
}

/**
 * The iframe the map's Embed dialog writes, and the plugin's resize script, enqueued once per page.
 * Default values stay out of the address, as the map writes it: an embed is light unless asked
 * otherwise, and English.
 */
function footprint_iframe( $map, array $view ) {
	// Each year's embed view has a page of its own, with that year's map already in its HTML; an
	// archived one is in its version's folder.
	$page     = ( isset( $view['version'] ) ? 'v/' . $view['version'] . '/' : '' )
		. ( isset( $view['year'] ) ? 'view/' . $view['year'] . '/embed.html' : 'embed.html' );
	$defaults = array( 'region' => null, 'theme' => 'light', 'lang' => 'en', 'compare' => null );
	$query    = array();
	foreach ( $defaults as $key => $default ) {
		if ( isset( $view[ $key ] ) && $view[ $key ] !== $default ) {
			$query[ $key ] = $view[ $key ];
		}
	}
	$title = 'Alibaba Cloud’s data-center regions' . ( isset( $view['year'] ) ? ', ' . $view['year'] : '' );
	// The plugin's own copy of the map's public/embed-resize.js: a script from the map's host would
	// run in this site's origin (and in wp-admin's, in the editor's preview), so whoever could change
	// that one file would own every post that embeds the map.
	wp_enqueue_script( FOOTPRINT_SCRIPT_HANDLE, plugins_url( 'embed-resize.js', __FILE__ ), array(), FOOTPRINT_VERSION, array( 'in_footer' => true, 'strategy' => 'async' ) );
	return sprintf(
		'<iframe src="%s" title="%s" loading="lazy" style="display:block;width:100%%;height:%dpx;border:0" data-footprint-embed></iframe>',
		esc_attr( esc_url_raw( $map . $page . ( $query ? '?' . http_build_query( $query, '', '&', PHP_QUERY_RFC3986 ) : '' ) ) ),
		esc_attr( $title ),
		$view['height']
	);
}

/** [alibaba-cloud-map year="2026" region="paris" theme="light" lang="en" height="720" version="2026-12-06" compare="aws,azure,google"] */
function footprint_shortcode( $atts ) {
	$map = footprint_map_url();
	return '' === $map ? '' : footprint_iframe( $map, footprint_clean( (array) $atts ) );
}

/**
 * The map's own addresses: MAP/, MAP/?year=Y&region=R, MAP/view/Y/, MAP/view/Y/R/, each in MAP/zh-CN/,
 * and all of them in an archived version's folder, MAP/v/DAY/.
 */
function footprint_embed_regex( $map ) {
	$rest = preg_quote( preg_replace( '#^https?://#i', '', $map ), '#' );
	return '#\Ahttps?://' . $rest . '(?:v/(\d{4}-\d{2}-\d{2})/)?(?:(zh-CN)/)?(?:view/(\d{4})/(?:([a-z0-9]+(?:-[a-z0-9]+)*)/)?)?(?:\?([^\s\#]*))?\z#';
}

/** A map address, e.g. pasted alone on a line or in an Embed block: the same iframe as the shortcode. */
function footprint_embed_html( $url, $height = '' ) {
	$map = footprint_map_url();
	if ( '' === $map || ! preg_match( footprint_embed_regex( $map ), $url, $matches ) ) {
		return false;
	}
	$values = array();
	if ( ! empty( $matches[5] ) ) {
		wp_parse_str( str_replace( array( '&amp;', '&#038;' ), '&', $matches[5] ), $values );
	}
	if ( ! empty( $matches[3] ) ) {
		$values['year'] = $matches[3];
		// Another provider's region has no page of its own: it stays in the query.
		if ( ! empty( $matches[4] ) ) {
			$values['region'] = $matches[4];
		}
	}
	// A Chinese view's own folder names its language, as `?lang=zh-CN` does.
	if ( ! empty( $matches[2] ) && ! isset( $values['lang'] ) ) {
		$values['lang'] = $matches[2];
	}
	// An archived view's folder names its version; a query cannot.
	unset( $values['version'] );
	if ( ! empty( $matches[1] ) ) {
		$values['version'] = $matches[1];
	}
	$values['height'] = is_scalar( $height ) ? (string) $height : '';
	return footprint_iframe( $map, footprint_clean( $values ) );
}

add_action(
	'init',
	function () {
		add_shortcode( 'alibaba-cloud-map', 'footprint_shortcode' );
		$map = footprint_map_url();
		if ( '' !== $map ) {
			wp_embed_register_handler(
				'alibaba-cloud-footprint',
				footprint_embed_regex( $map ),
				function ( $matches, $attr, $url, $rawattr ) {
					return footprint_embed_html( $url, isset( $rawattr['height'] ) ? $rawattr['height'] : '' );
				}
			);
		}
	}
);

// Should the map's address answer oEmbed discovery, the editor's preview asks oEmbed before the
// embed handlers: keep the same iframe there too.
add_filter(
	'oembed_result',
	function ( $html, $url ) {
		$ours = is_string( $url ) ? footprint_embed_html( str_replace( '&amp;', '&', $url ) ) : false;
		return false === $ours ? $html : $ours;
	},
	20,
	2
);

// WordPress 6.3 writes async from the `strategy` above; 6.1 and 6.2 need it added to the tag.
add_filter(
	'script_loader_tag',
	function ( $tag, $handle ) {
		if ( FOOTPRINT_SCRIPT_HANDLE !== $handle || preg_match( '/<script\b[^>]*\sasync\b/', $tag ) ) {
			return $tag;
		}
		return preg_replace( '/<script\b/', '<script async', $tag, 1 );
	},
	10,
	2
);

add_action(
	'admin_notices',
	function () {
		if ( '' !== footprint_map_url() || ! current_user_can( 'activate_plugins' ) ) {
			return;
		}
		printf(
			'<div class="notice notice-warning"><p>%s</p></div>',
			esc_html__( 'Alibaba Cloud Footprint shows nothing yet: define FOOTPRINT_MAP_URL in wp-config.php (or return it from the footprint_map_url filter) as the map’s http(s) address ending in a slash, e.g. https://maps.example.org/footprint/.', 'alibaba-cloud-footprint' )
		);
	}
);
