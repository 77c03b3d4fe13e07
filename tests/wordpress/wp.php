<?php
/**
 * The WordPress side of tests/wordpress/run.mjs, run with PHP's CLI as root.
 *
 *   php wp.php install INPUT.json OUTPUT.json   installs WordPress, the users, theme and plugin
 *   php wp.php content INPUT.json OUTPUT.json   writes the posts as their authors, checks the plugin
 *   php wp.php unset INPUT.json OUTPUT.json     checks the plugin with no map address configured
 *   php wp.php discover INPUT.json OUTPUT.json  deactivates the plugin, writes posts that rely on
 *                                               WordPress's own oEmbed discovery of the map
 *
 * INPUT holds host, abspath, map, passwords and the posts; OUTPUT gets what happened, as JSON.
 * Two runs, because WordPress loads no plugin while WP_INSTALLING is defined.
 */

if ( PHP_SAPI !== 'cli' || $argc !== 4 || ! in_array( $argv[1], array( 'install', 'content', 'unset', 'discover' ), true ) ) {
	fwrite( STDERR, "usage: php wp.php install|content|unset|discover INPUT.json OUTPUT.json\n" );
	exit( 2 );
}
$mode  = $argv[1];
$input = json_decode( file_get_contents( $argv[2] ), true );

// Debian's wp-config.php loads /etc/wordpress/config-<host>.php, the host taken from HTTP_HOST.
$_SERVER['HTTP_HOST']   = $input['host'];
$_SERVER['SERVER_NAME'] = preg_replace( '/:.*/', '', $input['host'] );
$_SERVER['REQUEST_URI'] = '/';
if ( 'unset' === $mode ) {
	// The same site without FOOTPRINT_MAP_URL: /etc/wordpress/config-footprint-unset.php.
	$_SERVER['WORDPRESS_CONFIG'] = 'footprint-unset';
}

if ( 'install' === $mode ) {
	define( 'WP_INSTALLING', true );
	// No mail in a test container: the "new site" message would only fail to send.
	function wp_new_blog_notification() {}
}
require $input['abspath'] . 'wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';

$run    = array(
	'install' => 'footprint_test_install',
	'content' => 'footprint_test_content',
	'unset'    => 'footprint_test_unset',
	'discover' => 'footprint_test_discover',
);
$output = call_user_func( $run[ $mode ], $input );
file_put_contents( $argv[3], wp_json_encode( $output, JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE ) );
exit( 0 );

/** WordPress itself, an Administrator and an Author, the theme, the plugin. */
function footprint_test_install( array $input ) {
	$installed = wp_install( 'Footprint test', 'admin', 'admin@example.org', false, '', wp_slash( $input['adminPassword'] ) );
	$author    = wp_insert_user(
		array(
			'user_login' => 'author',
			'user_pass'  => $input['authorPassword'],
			'user_email' => 'author@example.org',
			'role'       => 'author',
		)
	);
	if ( is_wp_error( $author ) ) {
		return array( 'error' => 'author: ' . $author->get_error_message() );
	}
	$theme = wp_get_theme( 'twentytwentythree' );
	if ( $theme->exists() ) {
		switch_theme( 'twentytwentythree' );
	}
	$activated = activate_plugin( 'alibaba-cloud-footprint/alibaba-cloud-footprint.php' );
	return array(
		'error'   => is_wp_error( $activated ) ? 'plugin: ' . $activated->get_error_message() : null,
		'version' => get_bloginfo( 'version' ),
		'admin'   => $installed['user_id'],
		'author'  => $author,
		'theme'   => get_stylesheet(),
		'plugins' => get_option( 'active_plugins' ),
	);
}

/**
 * Each post saved as its author would save it: with that user current, wp_insert_post runs the
 * same content_save_pre filters as the editor, kses included for roles without unfiltered_html.
 */
function footprint_test_content( array $input ) {
	$posts = footprint_test_posts( $input['posts'] );
	return array(
		'posts'  => $posts,
		'checks' => footprint_test_checks( $input['map'] ),
	);
}

/**
 * Without the plugin: WordPress finds the map through the discovery link on the view's page and
 * shows its oEmbed answer in its own sandboxed iframe.
 */
function footprint_test_discover( array $input ) {
	deactivate_plugins( 'alibaba-cloud-footprint/alibaba-cloud-footprint.php' );
	return array(
		'posts'   => footprint_test_posts( $input['posts'] ),
		'plugins' => get_option( 'active_plugins' ),
	);
}

/** Writes each post with its author as the current user, and says where it is. */
function footprint_test_posts( array $input_posts ) {
	$posts = array();
	foreach ( $input_posts as $post ) {
		$user = get_user_by( 'login', $post['user'] );
		wp_set_current_user( $user->ID );
		$id = wp_insert_post(
			wp_slash(
				array(
					'post_title'   => $post['title'],
					'post_content' => $post['content'],
					'post_status'  => 'publish',
					'post_author'  => $user->ID,
				)
			),
			true
		);
		$posts[] = array(
			'case'           => $post['case'],
			'id'             => is_wp_error( $id ) ? null : $id,
			'error'          => is_wp_error( $id ) ? $id->get_error_message() : null,
			'url'            => is_wp_error( $id ) ? null : get_permalink( $id ),
			'unfilteredHtml' => user_can( $user, 'unfiltered_html' ),
			'stored'         => is_wp_error( $id ) ? null : get_post( $id )->post_content,
		);
	}
	wp_set_current_user( 0 );
	return $posts;
}

/** What the plugin prints for chosen input, next to what it should print, written out by hand. */
function footprint_test_checks( $map ) {
	global $wp_embed;
	$iframe = function ( $page, $query, $title, $height = 780 ) use ( $map ) {
		return '<iframe src="' . $map . $page . $query . '" title="Alibaba Cloud’s data-center regions' . $title
			. '" loading="lazy" style="display:block;width:100%;height:' . $height . 'px;border:0" data-footprint-embed></iframe>';
	};
	// Light is the embed's default, so the address leaves it out, as the map's Embed dialog does.
	$paris    = $iframe( 'view/2026/embed.html', '?region=paris', ', 2026' );
	$paris640 = $iframe( 'view/2026/embed.html', '?region=paris', ', 2026', 640 );
	$frankfurt = $iframe( 'view/2016/embed.html', '?region=frankfurt', ', 2016' );
	$bare     = $iframe( 'embed.html', '', '' );
	$embed    = function ( $url ) use ( $wp_embed ) {
		return $wp_embed->shortcode( array(), $url );
	};
	$kses_author = function ( $html ) {
		wp_set_current_user( get_user_by( 'login', 'author' )->ID );
		$filtered = wp_unslash( wp_filter_post_kses( wp_slash( $html ) ) );
		wp_set_current_user( 0 );
		return $filtered;
	};
	$proxy = function ( $url ) {
		wp_set_current_user( get_user_by( 'login', 'author' )->ID );
		$request = new WP_REST_Request( 'GET', '/oembed/1.0/proxy' );
		$request->set_query_params( array( 'url' => $url ) );
		$response = rest_do_request( $request );
		wp_set_current_user( 0 );
		$data = (array) $response->get_data();
		return array(
			'status'  => $response->get_status(),
			'html'    => isset( $data['html'] ) ? $data['html'] : null,
			'scripts' => isset( $data['scripts'] ) ? $data['scripts'] : null,
		);
	};
	// The plugin's own copy, never the map host's: the editor's preview runs it in wp-admin's origin.
	$resize_script = plugins_url( 'embed-resize.js', WP_PLUGIN_DIR . '/alibaba-cloud-footprint/alibaba-cloud-footprint.php' );
	$next_year     = (string) ( (int) gmdate( 'Y' ) + 1 );
	$other = 0 === strpos( $map, 'https:' ) ? 'http:' . substr( $map, 6 ) : 'https:' . substr( $map, 5 );

	$checks = array(
		array( 'shortcode, every attribute', do_shortcode( '[alibaba-cloud-map year="2026" region="paris" theme="light" lang="en" height="640"]' ), $paris640 ),
		array( 'shortcode, no attribute', do_shortcode( '[alibaba-cloud-map]' ), $bare ),
		array( 'shortcode, lang zh-CN, theme auto, height 300', do_shortcode( '[alibaba-cloud-map year="2016" region="frankfurt" theme="auto" lang="zh-CN" height="300"]' ), $iframe( 'view/2016/embed.html', '?region=frankfurt&amp;theme=auto&amp;lang=zh-CN', ', 2016', 300 ) ),
		array( 'shortcode, every value invalid: all dropped', do_shortcode( '[alibaba-cloud-map year="1999" region="Paris<script>" theme="red" lang="fr" height="5000"]' ), $bare ),
		array( 'shortcode, more invalid values', do_shortcode( '[alibaba-cloud-map year="20161" region="a--b" theme="LIGHT" lang="zh-cn" height="299"]' ), $bare ),
		array( 'shortcode, quotes and markup dropped', do_shortcode( '[alibaba-cloud-map year="2101" region="x&quot; onload=&quot;alert(1)" height="640px"]' ), $bare ),
		array( 'shortcode, 64-character region kept, 65 dropped', do_shortcode( '[alibaba-cloud-map region="' . str_repeat( 'a', 64 ) . '"]' ) . do_shortcode( '[alibaba-cloud-map region="' . str_repeat( 'a', 65 ) . '"]' ), $iframe( 'embed.html', '?region=' . str_repeat( 'a', 64 ), '' ) . $bare ),
		array( 'shortcode, this year kept, next year (no page yet) dropped', do_shortcode( '[alibaba-cloud-map year="' . gmdate( 'Y' ) . '"]' ) . do_shortcode( '[alibaba-cloud-map year="' . $next_year . '"]' ), $iframe( 'view/' . gmdate( 'Y' ) . '/embed.html', '', ', ' . gmdate( 'Y' ) ) . $bare ),
		array( 'embed: MAP/view/2099/x/ has no page: the year dropped', $embed( $map . 'view/2099/x/' ), $iframe( 'embed.html', '?region=x', '' ) ),
		array( 'embed: MAP/?year=NEXT dropped', $embed( $map . '?year=' . $next_year ), $bare ),
		array( 'clean(): a trailing newline is not a year', footprint_clean( array( 'year' => "2016\n", 'region' => "paris\n", 'height' => "640\n" ) ), array( 'height' => 780 ) ),
		array( 'clean(): arrays are not values', footprint_clean( array( 'year' => array( '2016' ), 'region' => array( 'paris' ) ) ), array( 'height' => 780 ) ),
		array( 'embed: MAP/?year=2016&region=frankfurt', $embed( $map . '?year=2016&region=frankfurt' ), $frankfurt ),
		array( 'embed: the same, as kses stores it (&amp;)', $embed( $map . '?year=2016&amp;region=frankfurt' ), $frankfurt ),
		array( 'embed: MAP/view/2016/frankfurt/', $embed( $map . 'view/2016/frankfurt/' ), $frankfurt ),
		array( 'embed: MAP/view/2016/', $embed( $map . 'view/2016/' ), $iframe( 'view/2016/embed.html', '', ', 2016' ) ),
		array( 'embed: MAP/view/2026/paris/?theme=light', $embed( $map . 'view/2026/paris/?theme=light' ), $paris ),
		array( 'embed: MAP/ alone', $embed( $map ), $bare ),
		array( 'shortcode, an archived version', do_shortcode( '[alibaba-cloud-map year="2026" region="paris" version="2026-12-04"]' ), $iframe( 'v/2026-12-04/view/2026/embed.html', '?region=paris', ', 2026' ) ),
		array( 'shortcode, a version that is no day dropped', do_shortcode( '[alibaba-cloud-map version="2026-13-01"]' ) . do_shortcode( '[alibaba-cloud-map version="2026-12-4"]' ), $bare . $bare ),
		array( 'shortcode, a year after the archived version dropped', do_shortcode( '[alibaba-cloud-map year="2026" version="2025-06-01"]' ), $iframe( 'v/2025-06-01/embed.html', '', '' ) ),
		array( 'embed: MAP/v/2026-12-04/view/2016/frankfurt/', $embed( $map . 'v/2026-12-04/view/2016/frankfurt/' ), $iframe( 'v/2026-12-04/view/2016/embed.html', '?region=frankfurt', ', 2016' ) ),
		array( 'embed: MAP/v/2026-12-04/zh-CN/view/2016/', $embed( $map . 'v/2026-12-04/zh-CN/view/2016/' ), $iframe( 'v/2026-12-04/view/2016/embed.html', '?lang=zh-CN', ', 2016' ) ),
		array( 'embed: a version in the query is not an archive', $embed( $map . 'view/2016/frankfurt/?version=2026-12-04' ), $frankfurt ),
		array( 'embed: invalid values in the query dropped', $embed( $map . '?year=1999&region=../x&theme=%22%3E' ), $bare ),
		array( 'embed: the other scheme matches too', $embed( $other . '?year=2016&region=frankfurt' ), $frankfurt ),
		array( 'embed: not the map (a data file)', false !== strpos( (string) $embed( $map . 'data/regions.csv' ), '<iframe' ), false ),
		array( 'embed: not the map (another host)', false !== strpos( (string) $embed( 'http://example.org/footprint/?year=2016' ), '<iframe' ), false ),
		array( 'embed: not the map (a longer path)', false !== strpos( (string) $embed( $map . 'view/2016/frankfurt/extra/' ), '<iframe' ), false ),
		array( 'autoembed: a URL alone on a line', trim( $wp_embed->autoembed( "Before\n" . $map . "?year=2016&amp;region=frankfurt\nAfter" ) ), "Before\n" . $frankfurt . "\nAfter" ),
		array( '[embed height="400"]', do_shortcode( $wp_embed->run_shortcode( '[embed height="400"]' . $map . 'view/2016/frankfurt/[/embed]' ) ), $iframe( 'view/2016/embed.html', '?region=frankfurt', ', 2016', 400 ) ),
		array( 'REST oEmbed proxy as Author (the Embed block in the editor)', $proxy( $map . 'view/2016/frankfurt/' ), array( 'status' => 200, 'html' => $frankfurt, 'scripts' => array( $resize_script ) ) ),
		array( 'kses strips the raw snippet from an Author (why the plugin exists)', false !== strpos( $kses_author( $frankfurt ), '<iframe' ), false ),
		array( 'resize script enqueued once, in the footer', array( in_array( FOOTPRINT_SCRIPT_HANDLE, wp_scripts()->queue, true ), count( array_keys( wp_scripts()->queue, FOOTPRINT_SCRIPT_HANDLE, true ) ), wp_scripts()->get_data( FOOTPRINT_SCRIPT_HANDLE, 'group' ) ), array( true, 1, 1 ) ),
	);
	return footprint_test_report( $checks );
}

/** Without an address the plugin prints nothing and tells administrators, and only them, why. */
function footprint_test_unset( array $input ) {
	global $wp_embed;
	$map    = $input['map'];
	$notice = function ( $login ) {
		wp_set_current_user( get_user_by( 'login', $login )->ID );
		ob_start();
		do_action( 'admin_notices' );
		wp_set_current_user( 0 );
		return ob_get_clean();
	};
	$with_filter = function ( $value ) {
		$filter = function () use ( $value ) {
			return $value;
		};
		add_filter( 'footprint_map_url', $filter );
		$html = do_shortcode( '[alibaba-cloud-map year="2016"]' );
		remove_filter( 'footprint_map_url', $filter );
		return $html;
	};
	$checks = array(
		array( 'unset: FOOTPRINT_MAP_URL not defined here', defined( 'FOOTPRINT_MAP_URL' ), false ),
		array( 'unset: the shortcode prints nothing', do_shortcode( 'A[alibaba-cloud-map year="2016"]B' ), 'AB' ),
		array( 'unset: a map URL on its own line stays a URL', false !== strpos( $wp_embed->autoembed( "\n" . $map . "?year=2016\n" ), '<iframe' ), false ),
		array( 'unset: the dashboard notice, for administrators', false !== strpos( $notice( 'admin' ), 'FOOTPRINT_MAP_URL' ), true ),
		array( 'unset: no notice for authors', $notice( 'author' ), '' ),
		array( 'filter footprint_map_url gives the address', false !== strpos( $with_filter( $map ), 'src="' . $map . 'view/2016/embed.html"' ), true ),
		array( 'filter: no trailing slash is no address', $with_filter( rtrim( $map, '/' ) ), '' ),
		array( 'filter: a query is no address', $with_filter( $map . '?a=1/' ), '' ),
		array( 'filter: javascript: is no address', $with_filter( 'javascript:alert(1)//' ), '' ),
		array( 'filter: a non-string is no address', $with_filter( array( $map ) ), '' ),
	);
	return array( 'checks' => footprint_test_report( $checks ) );
}

/** Each check as name, actual, expected and whether they are identical. */
function footprint_test_report( array $checks ) {
	return array_map(
		function ( $check ) {
			return array(
				'name'     => $check[0],
				'actual'   => $check[1],
				'expected' => $check[2],
				'pass'     => $check[1] === $check[2],
			);
		},
		$checks
	);
}
