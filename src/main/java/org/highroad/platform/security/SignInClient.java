package org.highroad.platform.security;

/**
 * Who is signing in, as the throttle tells clients apart: the network address the request comes from and, for a
 * browser signing in to the webapps, the device id of its device cookie (null when there is none).
 */
record SignInClient(String address, String device) {

    static SignInClient at(String address) {
        return new SignInClient(address, null);
    }
}
